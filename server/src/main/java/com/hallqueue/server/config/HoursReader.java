package com.hallqueue.server.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads opening hours; times are "HH:mm", and "24:00" means the end of the day. */
final class HoursReader {

    /** "daily" sets all seven days and "weekdays" Monday to Friday; a named day overrides both. */
    private static final List<String> GROUPS = List.of("daily", "weekdays");

    OpeningHours hours(ConfigFile.Hours h) {
        if (h == null) {
            throw new ConfigException("hours", "is missing");
        }
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        Map<String, ConfigFile.Day> given = h.week() == null ? Map.of() : h.week();
        for (String group : GROUPS) {
            if (given.get(group) != null) {
                DayHours hours = day(given.get(group), "hours.week." + group);
                daysOf(group).forEach(d -> week.put(d, hours));
            }
        }
        for (Map.Entry<String, ConfigFile.Day> e : given.entrySet()) {
            String at = "hours.week." + e.getKey();
            if (e.getValue() != null && !GROUPS.contains(e.getKey())) {
                week.put(weekday(e.getKey(), at), day(e.getValue(), at));
            }
        }
        return new OpeningHours(week, dates(h.holidays(), "hours.holidays"), dates(h.workdays(), "hours.workdays"));
    }

    private static List<DayOfWeek> daysOf(String group) {
        List<DayOfWeek> days = new ArrayList<>(List.of(DayOfWeek.values()));
        if (group.equals("weekdays")) {
            days.removeAll(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
        return days;
    }

    private DayOfWeek weekday(String name, String at) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(at, "not a weekday; use monday … sunday, weekdays or daily");
        }
    }

    private DayHours day(ConfigFile.Day d, String at) {
        LocalTime open = time(d.open(), at + ".open");
        LocalTime close = time(d.close(), at + ".close");
        LocalTime last = d.lastTicket() == null ? close : time(d.lastTicket(), at + ".lastTicket");
        if (!open.isBefore(close)) {
            throw new ConfigException(at + ".close", "must be after open " + open);
        }
        if (last.isBefore(open) || last.isAfter(close)) {
            throw new ConfigException(at + ".lastTicket", "must lie between open and close");
        }
        return new DayHours(open, last, close, breaks(d.breaks(), at + ".breaks", open, close));
    }

    static List<DayHours.Break> breaks(List<List<String>> list, String at, LocalTime open, LocalTime close) {
        List<DayHours.Break> out = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String field = at + "[" + i + "]";
            List<String> pair = list.get(i);
            if (pair == null || pair.size() != 2) {
                throw new ConfigException(field, "must be a pair [\"12:00\", \"13:30\"]");
            }
            LocalTime from = time(pair.get(0), field);
            LocalTime to = time(pair.get(1), field);
            if (!from.isBefore(to) || from.isBefore(open) || to.isAfter(close)) {
                throw new ConfigException(field, "must be a span inside the day's hours");
            }
            out.add(new DayHours.Break(from, to));
        }
        return List.copyOf(out);
    }

    static LocalTime time(String text, String field) {
        if (text == null) {
            throw new ConfigException(field, "is missing");
        }
        if (text.equals("24:00")) {
            return LocalTime.MAX;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new ConfigException(field, "not a time of day (HH:mm): \"" + text + "\"");
        }
    }

    private Set<LocalDate> dates(List<String> list, String field) {
        Set<LocalDate> out = new HashSet<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            try {
                out.add(LocalDate.parse(list.get(i)));
            } catch (DateTimeParseException | NullPointerException e) {
                throw new ConfigException(field + "[" + i + "]", "not a date (YYYY-MM-DD): \"" + list.get(i) + "\"");
            }
        }
        return Set.copyOf(out);
    }
}
