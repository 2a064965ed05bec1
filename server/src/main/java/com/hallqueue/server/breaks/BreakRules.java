package com.hallqueue.server.breaks;

import com.hallqueue.server.queue.Counter;
import com.hallqueue.server.queue.CounterState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What a scheduled break does to a counter. It pauses an open counter only when it is free
 * (a citizen being served is served to the end first) and only once per break: staff who
 * come back early stay open. It resumes only a counter it paused itself; one paused by staff
 * for another reason stays paused.
 */
public final class BreakRules {

    /** The pause reason the screens and the counter page show while the hall's break lasts. */
    public static final String REASON = "午休 / Lunch break";

    private BreakRules() {
    }

    /** Whether the counter is paused by a scheduled break (not by its staff). */
    public static boolean pausedByBreak(Counter c) {
        return c.state() == CounterState.PAUSED && c.breakUntil() != null && REASON.equals(c.pauseReason());
    }

    /** When the counter resumes by itself, while a scheduled break holds it; else null. */
    public static Instant resumesAt(Counter c) {
        return pausedByBreak(c) ? c.breakUntil() : null;
    }

    /** The same on the hall's clock, "13:30", for screens and strips; else null. */
    public static String resumeTime(Counter c, ZoneId zone) {
        Instant at = resumesAt(c);
        return at == null ? null : at.atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /**
     * The end of the break that should pause this counter now: it is free, the plan has it in
     * a break ({@code plannedEnd}), and that break has not paused it already.
     */
    public static Optional<Instant> dueToPause(Counter c, Optional<Instant> plannedEnd) {
        if (c.state() != CounterState.IDLE || plannedEnd.isEmpty()) {
            return Optional.empty();
        }
        return plannedEnd.get().equals(c.breakUntil()) ? Optional.empty() : plannedEnd;
    }

    /** Whether the break that paused this counter is over at {@code now}. */
    public static boolean dueToResume(Counter c, Instant now) {
        return pausedByBreak(c) && !now.isBefore(c.breakUntil());
    }
}
