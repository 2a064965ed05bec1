package com.hallqueue.server.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The transport a feature's routes use to read hall days from the query: {@code from} and
 * {@code to}, both included, at most a year and a day apart so no report reads without end.
 */
public record DayRange(LocalDate from, LocalDate to) {

    private static final int MAX_REPORT_DAYS = 366;

    /** The {@code from} and {@code to} query parameters, checked; both default to {@code today}. */
    public static DayRange of(Request r, LocalDate today) {
        LocalDate from = date(r, "from", today);
        LocalDate to = date(r, "to", from);
        if (to.isBefore(from) || from.plusDays(MAX_REPORT_DAYS).isBefore(to)) {
            throw ApiException.badInput("to", "must be on or after from, at most " + MAX_REPORT_DAYS + " days later");
        }
        return new DayRange(from, to);
    }

    /** The date query parameter {@code name}, checked; {@code fallback} when it is absent. */
    public static LocalDate date(Request r, String name, LocalDate fallback) {
        String text = r.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badInput(name, "must be a date YYYY-MM-DD");
        }
    }
}
