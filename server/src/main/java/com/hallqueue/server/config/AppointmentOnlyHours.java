package com.hallqueue.server.config;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * The hours a hall serves the booked only (预约通关, 节假日和24小时预约): spans every night,
 * which may cross midnight (17:30 → 08:30), and one span on each holiday; which services may
 * be booked in them and which counters serve them. Outside the week's hours only: the reader
 * refuses a night span that overlaps a day's opening hours. {@code LocalTime.MAX} is 24:00.
 */
public record AppointmentOnlyHours(List<Span> nights, Span holidays, Set<String> services, Set<Integer> counters) {

    /** From {@code from} to {@code to}; a span whose {@code to} is not after {@code from} runs on past midnight. */
    public record Span(LocalTime from, LocalTime to) {

        public boolean crossesMidnight() {
            return !to.isAfter(from);
        }

        /** "17:30–08:30", for messages. */
        public String text() {
            return DayHours.text(from) + "–" + DayHours.text(to);
        }
    }

    public static AppointmentOnlyHours none() {
        return new AppointmentOnlyHours(List.of(), null, Set.of(), Set.of());
    }

    public boolean any() {
        return !nights.isEmpty() || holidays != null;
    }
}
