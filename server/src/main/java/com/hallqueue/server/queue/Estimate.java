package com.hallqueue.server.queue;

/**
 * A forecast wait in seconds, with the range it will most likely fall in; {@code
 * beyondClosing} when the ticket would most likely be called only after the hall's closing
 * time, so the citizen is told the truth (今日可能无法办理) rather than a number of hours.
 */
public record Estimate(long seconds, long lowSeconds, long highSeconds, boolean beyondClosing) {

    public Estimate(long seconds, long lowSeconds, long highSeconds) {
        this(seconds, lowSeconds, highSeconds, false);
    }

    /** What the ticket says beside the number when the line will not be reached before closing. */
    public static final String NOT_TODAY = "今日可能无法办理，请预约或改日再来 / May not be served today: "
            + "please book an appointment or come another day";

    public static Estimate exactly(long seconds) {
        return new Estimate(seconds, seconds, seconds);
    }
}
