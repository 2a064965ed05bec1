package com.hallqueue.server.breaks;

import com.hallqueue.server.config.DayHours;
import com.hallqueue.server.config.HallConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When each counter takes its scheduled breaks (午休), by the hall's clock and time zone. A
 * counter with breaks of its own in the config takes those instead of the hall's, so a hall
 * can stagger lunch and keep some counters open; the others take the hall's breaks of the
 * day. No breaks on a day the hall is closed.
 */
public final class BreakPlan {

    private final HallConfig config;
    private final Map<Integer, List<DayHours.Break>> own = new TreeMap<>();

    public BreakPlan(HallConfig config) {
        this.config = config;
        config.counters().forEach(c -> own.put(c.number(), c.breaks() == null ? List.of() : c.breaks()));
    }

    /** The breaks counter {@code number} takes on {@code day}: its own, else the hall's. */
    public List<DayHours.Break> breaksOf(int number, LocalDate day) {
        Optional<DayHours> hours = config.hours().on(day);
        if (hours.isEmpty()) {
            return List.of();
        }
        List<DayHours.Break> mine = own.getOrDefault(number, List.of());
        return mine.isEmpty() ? hours.get().breaks() : mine;
    }

    /** The end of the break counter {@code number} is in at {@code now}, if it is in one. */
    public Optional<Instant> breakEndingAfter(int number, Instant now) {
        ZonedDateTime here = now.atZone(config.zone());
        LocalTime t = here.toLocalTime();
        return breaksOf(number, here.toLocalDate()).stream()
                .filter(b -> b.covers(t))
                .map(b -> end(here.toLocalDate(), b))
                .max(Instant::compareTo);
    }

    private Instant end(LocalDate day, DayHours.Break b) {
        // LocalTime.MAX stands for 24:00: the break runs to the next midnight
        return b.to().equals(LocalTime.MAX)
                ? day.plusDays(1).atStartOfDay(config.zone()).toInstant()
                : day.atTime(b.to()).atZone(config.zone()).toInstant();
    }
}
