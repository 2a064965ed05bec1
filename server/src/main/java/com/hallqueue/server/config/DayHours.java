package com.hallqueue.server.config;

import java.time.LocalTime;
import java.util.List;

/**
 * One day's hours: the doors open, the kiosk stops issuing at {@code lastTicket}, and the
 * hall closes at {@code close} (but still serves everyone holding a ticket). {@code
 * LocalTime.MAX} stands for 24:00.
 */
public record DayHours(LocalTime open, LocalTime lastTicket, LocalTime close, List<Break> breaks) {

    /** A pause in service such as the lunch break (午休). */
    public record Break(LocalTime from, LocalTime to) {
        public boolean covers(LocalTime t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    public boolean issuesAt(LocalTime t) {
        return !t.isBefore(open) && (t.isBefore(lastTicket) || lastTicket.equals(LocalTime.MAX));
    }

    /** "08:30–16:30", the span in which tickets are issued, for messages to citizens. */
    public String issuingSpan() {
        return text(open) + "–" + text(lastTicket);
    }

    static String text(LocalTime t) {
        return t.equals(LocalTime.MAX) ? "24:00" : t.toString();
    }
}
