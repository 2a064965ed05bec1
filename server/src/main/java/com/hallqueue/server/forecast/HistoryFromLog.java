package com.hallqueue.server.forecast;

import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.store.EventRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Teaches a fresh {@link HallHistory} from the stored event log, so a restarted server
 * forecasts from the hall's recent days rather than from the configured norms alone.
 */
public final class HistoryFromLog {

    private HistoryFromLog() {
    }

    /** The times one ticket has reached so far in the log. */
    private static final class Trail {
        Instant issued;
        Instant called;
        Instant started;
    }

    /**
     * What teaches {@code history} from the log, one event at a time in commit order; a
     * ticket's trail is let go once it is served or missed, so days of log cost little memory.
     */
    public static Consumer<EventRow> into(HallHistory history) {
        Map<String, Trail> trails = new HashMap<>();
        return e -> {
            if (e.ticketId() != null) {
                apply(trails, e, history);
            }
        };
    }

    private static void apply(Map<String, Trail> trails, EventRow e, HallHistory history) {
        Trail t = trails.computeIfAbsent(e.ticketId(), id -> new Trail());
        switch (e.type()) {
            case TICKET_ISSUED -> t.issued = e.at();
            case TICKET_CALLED -> called(t, e.at());
            case TICKET_STARTED -> started(t, e.at(), history);
            case TICKET_FINISHED -> finished(t, e, history);
            case TICKET_NO_SHOW -> missed(t, e.at(), history);
            case TICKET_TRANSFERRED -> t.started = null;
            default -> { }
        }
        if (e.type() == EventType.TICKET_FINISHED || e.type() == EventType.TICKET_NO_SHOW
                || e.type() == EventType.TICKET_CANCELLED || e.type() == EventType.TICKET_RATED) {
            trails.remove(e.ticketId());
        }
    }

    private static void called(Trail t, Instant at) {
        if (t.called == null) {
            t.called = at;
        }
    }

    private static void started(Trail t, Instant at, HallHistory history) {
        if (t.called != null) {
            history.walked(HallHistory.seconds(t.called, at));
        }
        t.started = at;
    }

    private static void finished(Trail t, EventRow e, HallHistory history) {
        if (t.issued != null && t.called != null) {
            Instant from = t.started != null ? t.started : t.called;
            history.served(e.service(), HallHistory.seconds(t.issued, t.called), HallHistory.seconds(from, e.at()));
        }
    }

    private static void missed(Trail t, Instant at, HallHistory history) {
        if (t.issued != null && t.called != null) {
            history.missed(HallHistory.seconds(t.issued, t.called), HallHistory.seconds(t.called, at));
        }
    }
}
