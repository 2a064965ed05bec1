package com.hallqueue.server.appraisal;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.queue.Evaluation;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.RatingChannel;
import com.hallqueue.server.store.HallStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The citizens' evaluations of a range of hall days as the managers read them: the overall
 * level, the indicators and the written opinion (征求意见), the counter and channel. Read from
 * the event log; the ticket's id stays inside (it is the citizen's). Blocking: on a worker.
 */
public final class Evaluations {

    private final HallConfig config;
    private final HallStore store;

    public Evaluations(HallConfig config, HallStore store) {
        this.config = config;
        this.store = store;
    }

    /** One evaluation: when, where it came from, at which counter, and what it said. */
    public record Given(Instant at, String channel, Integer counter, String service, int score, boolean bad,
                        Integer efficiency, Integer level, Integer attitude, String opinion) {
    }

    public List<Given> between(LocalDate from, LocalDate to) {
        List<Given> out = new ArrayList<>();
        Instant start = from.atStartOfDay(config.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(config.zone()).toInstant();
        store.events(start, end, e -> {
            if (e.type() == EventType.TICKET_RATED && e.detail() != null) {
                Evaluation v = RatingChannel.evaluationOf(e.detail());
                out.add(new Given(e.at(), RatingChannel.channelOf(e.detail()), e.counter(), e.service(), v.score(),
                        v.isBad(), v.efficiency(), v.level(), v.attitude(), v.opinion()));
            }
        });
        return out;
    }
}
