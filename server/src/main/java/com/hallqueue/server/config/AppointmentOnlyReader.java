package com.hallqueue.server.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code appointments.appointmentOnly}. A night span may cross midnight but must stay
 * outside every weekday's opening hours: a time is either for walk-ins or for the booked,
 * never both, so the kiosk always knows which it is.
 */
final class AppointmentOnlyReader {

    private static final String AT = "appointments.appointmentOnly";

    AppointmentOnlyHours read(ConfigFile.AppointmentOnly a, OpeningHours hours, Set<String> bookable,
                              Set<Integer> counters) {
        if (a == null) {
            return AppointmentOnlyHours.none();
        }
        List<AppointmentOnlyHours.Span> nights = nights(a.night(), hours.week());
        AppointmentOnlyHours.Span holidays = a.holidays() == null ? null : holidays(a.holidays());
        if (nights.isEmpty() && holidays == null) {
            throw new ConfigException(AT, "give night spans or holidays hours, or leave the section out");
        }
        return new AppointmentOnlyHours(nights, holidays, services(a.services(), bookable), counters(a.counters(), counters));
    }

    private static List<AppointmentOnlyHours.Span> nights(List<List<String>> list, Map<DayOfWeek, DayHours> week) {
        List<AppointmentOnlyHours.Span> out = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String field = AT + ".night[" + i + "]";
            List<String> pair = list.get(i);
            if (pair == null || pair.size() != 2) {
                throw new ConfigException(field, "must be a pair [\"17:30\", \"08:30\"] (it may cross midnight)");
            }
            AppointmentOnlyHours.Span span = new AppointmentOnlyHours.Span(HoursReader.time(pair.get(0), field),
                    HoursReader.time(pair.get(1), field));
            if (span.from().equals(span.to()) || span.from().equals(LocalTime.MAX)) {
                throw new ConfigException(field, "must be a span of some length; all day is [\"00:00\", \"24:00\"]");
            }
            week.forEach((day, h) -> {
                if (overlaps(span, h)) {
                    throw new ConfigException(field, span.text() + " overlaps the opening hours of " + day.name()
                            .toLowerCase(java.util.Locale.ROOT) + " " + DayHours.text(h.open()) + "–" + DayHours.text(h.close()));
                }
            });
            out.add(span);
        }
        return List.copyOf(out);
    }

    /** Whether the span's part on a day ({@code [from, 24:00)} and {@code [00:00, to)} when it crosses) meets the day's hours. */
    private static boolean overlaps(AppointmentOnlyHours.Span s, DayHours h) {
        if (!s.crossesMidnight()) {
            return meets(s.from(), s.to(), h);
        }
        return meets(s.from(), LocalTime.MAX, h) || meets(LocalTime.MIN, s.to(), h);
    }

    private static boolean meets(LocalTime from, LocalTime to, DayHours h) {
        return from.isBefore(h.close()) && h.open().isBefore(to);
    }

    private static AppointmentOnlyHours.Span holidays(ConfigFile.Span s) {
        String at = AT + ".holidays";
        LocalTime open = HoursReader.time(s.open(), at + ".open");
        LocalTime close = HoursReader.time(s.close(), at + ".close");
        if (!open.isBefore(close)) {
            throw new ConfigException(at + ".close", "must be after open " + open);
        }
        return new AppointmentOnlyHours.Span(open, close);
    }

    private static Set<String> services(List<String> given, Set<String> bookable) {
        if (bookable.isEmpty()) {
            throw new ConfigException(AT + ".services", "no service takes bookings (capacity 0 everywhere)");
        }
        if (given == null) {
            return Set.copyOf(bookable);
        }
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i);
            if (code == null || !bookable.contains(code)) {
                throw new ConfigException(AT + ".services[" + i + "]", "\"" + code + "\" is not a service that takes bookings");
            }
            out.add(code);
        }
        if (out.isEmpty()) {
            throw new ConfigException(AT + ".services", "must name at least one service, or be left out for all");
        }
        return Set.copyOf(out);
    }

    private static Set<Integer> counters(List<Integer> given, Set<Integer> known) {
        if (given == null) {
            return Set.copyOf(known);
        }
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < given.size(); i++) {
            Integer n = given.get(i);
            if (n == null || !known.contains(n)) {
                throw new ConfigException(AT + ".counters[" + i + "]", "no counter " + n);
            }
            out.add(n);
        }
        if (out.isEmpty()) {
            throw new ConfigException(AT + ".counters", "must name at least one counter, or be left out for all");
        }
        return Set.copyOf(out);
    }
}
