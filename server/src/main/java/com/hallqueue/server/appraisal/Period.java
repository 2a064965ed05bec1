package com.hallqueue.server.appraisal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An appraisal period of hall days: a month ({@code 2026-12}) or a quarter ({@code 2026-Q4}). */
public record Period(String label, LocalDate from, LocalDate to) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = MONTH.matcher(text);
        if (m.matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return Optional.of(new Period(text, month.atDay(1), month.atEndOfMonth()));
        }
        Matcher q = QUARTER.matcher(text);
        if (q.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(q.group(1)), 3 * Integer.parseInt(q.group(2)) - 2);
            return Optional.of(new Period(text, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        return Optional.empty();
    }

    public boolean isQuarter() {
        return label.contains("Q");
    }
}
