package com.hallqueue.hardware.modbus;

import com.hallqueue.hardware.link.SerialSettings;
import java.time.Duration;

/**
 * Timing of the pad bus.
 *
 * @param replyTimeout how long a pad may take to answer before the poll counts a timeout
 * @param frameGap     silence before each request; RTU marks frame boundaries by 3.5
 *                     character times of quiet, so a request sent hard on the heels of
 *                     a reply could be read as its tail
 */
public record BusTiming(Duration replyTimeout, Duration frameGap) {

    /** Modbus fixes the gap at 1.75 ms above 19200 baud. */
    private static final Duration FAST_LINE_GAP = Duration.ofMillis(1).plusNanos(750_000);

    public BusTiming {
        if (replyTimeout.isNegative() || replyTimeout.isZero() || frameGap.isNegative()) {
            throw new IllegalArgumentException("reply timeout must be positive and the gap not negative");
        }
    }

    /** Timing for a line with these settings and the given reply timeout. */
    public static BusTiming forLine(SerialSettings line, Duration replyTimeout) {
        if (line.baud() > 19200) {
            return new BusTiming(replyTimeout, FAST_LINE_GAP);
        }
        long nanos = (long) Math.ceil(3.5 * line.characterMillis() * 1_000_000);
        return new BusTiming(replyTimeout, Duration.ofNanos(nanos));
    }
}
