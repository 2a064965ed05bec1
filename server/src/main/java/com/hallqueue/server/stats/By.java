package com.hallqueue.server.stats;

import java.util.Locale;
import java.util.Optional;

/** How a report is grouped: by counter, service, staff badge, hour of the hall's day, or hall day. */
public enum By {
    COUNTER, SERVICE, STAFF, HOUR, DAY;

    public static Optional<By> parse(String text) {
        for (By b : values()) {
            if (b.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
