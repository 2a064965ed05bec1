package com.hallqueue.server.forecast;

import com.hallqueue.server.config.DayHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When a counter will not call today, in seconds from now: the hall's breaks and the
 * counter's own. A counter that would come free inside one comes free at its end.
 */
final class CounterBreaks {

    private final List<double[]> spans = new ArrayList<>();

    CounterBreaks(List<DayHours.Break> breaks, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        ZoneId zone = now.getZone();
        double origin = now.toInstant().toEpochMilli() / 1000.0;
        for (DayHours.Break b : breaks) {
            spans.add(new double[] {seconds(today, b.from(), zone) - origin, seconds(today, b.to(), zone) - origin});
        }
    }

    /** The first moment at or after {@code t} that is not inside a break. */
    double after(double t) {
        double at = t;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (double[] span : spans) {
                if (at >= span[0] && at < span[1]) {
                    at = span[1];
                    moved = true;
                }
            }
        }
        return at;
    }

    /** The end of the break covering now (time 0), or 0 when none does. */
    double endOfCurrent() {
        return after(0);
    }

    private static double seconds(LocalDate day, LocalTime time, ZoneId zone) {
        ZonedDateTime at = time.equals(LocalTime.MAX) ? day.plusDays(1).atStartOfDay(zone) : day.atTime(time).atZone(zone);
        return at.toInstant().toEpochMilli() / 1000.0;
    }
}
