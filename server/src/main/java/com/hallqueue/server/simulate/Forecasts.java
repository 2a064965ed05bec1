package com.hallqueue.server.simulate;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.forecast.HallHistory;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.TicketView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Asks every forecast at the moment a ticket is issued, and scores each against the wait
 * that followed. The baselines learn from the same events as the hall's own forecast.
 */
final class Forecasts {

    private final HallHistory history;
    private final Baselines baselines;
    private final Outcome outcome;
    private final Map<String, Citizen> citizens;

    Forecasts(HallConfig config, Map<String, Citizen> citizens, Breakdown breakdown) {
        this.history = new HallHistory(config);
        this.baselines = new Baselines(history);
        this.citizens = citizens;
        this.outcome = new Outcome(breakdown);
    }

    Citizen citizen(TicketView t, QueueEngine engine, boolean noShow, Instant leavesAt) {
        outcome.issued();
        var counters = engine.counters();
        double ours = t.estimatedWaitSeconds() == null ? 0 : t.estimatedWaitSeconds();
        Citizen.Told told = new Citizen.Told(t.service(), t.ahead(),
                t.estimatedWaitLowSeconds() == null ? ours : t.estimatedWaitLowSeconds(),
                t.estimatedWaitHighSeconds() == null ? ours : t.estimatedWaitHighSeconds());
        return new Citizen(t.id(), t.issuedAt(), noShow, leavesAt, ours, baselines.les(t),
                baselines.ql(t, counters), baselines.naive(t, counters), told);
    }

    void observe(List<HallEvent> events) {
        for (HallEvent e : events) {
            history.observe(e);
            if (e.type() == EventType.TICKET_CALLED) {
                Citizen c = citizens.remove(e.ticket().id());
                if (c != null) {
                    outcome.called(c, Duration.between(c.issuedAt(), e.ticket().calledAt()).toMillis() / 1000.0,
                            e.ticket().calledAt());
                }
            }
        }
    }

    Outcome outcome() {
        return outcome;
    }
}
