package com.hallqueue.server.forecast;

import com.hallqueue.server.store.EventRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    public static void replay(List<EventRow> rows, HallHistory history) {
        Map<String, Trail> trails = new HashMap<>();
        for (EventRow e : rows) {
            if (e.ticketId() == null) {
                continue;
            }
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
