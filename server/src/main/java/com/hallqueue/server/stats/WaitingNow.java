package com.hallqueue.server.stats;

import com.hallqueue.server.store.EventRow;
import java.util.HashMap;
import java.util.Map;

/**
 * Who is waiting at a moment of the replay: how many tickets wait for each service and for
 * each counter they were transferred to, so idle time can be told from idle-while-waiting.
 */
final class WaitingNow {

    private final Map<String, String> where = new HashMap<>();
    private final Map<String, Integer> count = new HashMap<>();

    void apply(EventRow e) {
        switch (e.type()) {
            case TICKET_ISSUED, TICKET_RETURNED -> add(e.ticketId(), e.service());
            case TICKET_TRANSFERRED -> add(e.ticketId(), e.detail() != null && e.detail().startsWith("counter:")
                    ? "#" + e.detail().substring("counter:".length()) : e.service());
            case TICKET_CALLED, TICKET_CANCELLED, TICKET_EXPIRED -> remove(e.ticketId());
            default -> { }
        }
    }

    /** Whether anyone waits whom counter {@code number}, serving {@code services}, could call. */
    boolean anyFor(int number, Iterable<String> services) {
        if (count.getOrDefault("#" + number, 0) > 0) {
            return true;
        }
        for (String s : services) {
            if (count.getOrDefault(s, 0) > 0) {
                return true;
            }
        }
        return false;
    }

    private void add(String ticket, String line) {
        remove(ticket);
        where.put(ticket, line);
        count.merge(line, 1, Integer::sum);
    }

    private void remove(String ticket) {
        String line = where.remove(ticket);
        if (line != null) {
            count.merge(line, -1, Integer::sum);
        }
    }
}
