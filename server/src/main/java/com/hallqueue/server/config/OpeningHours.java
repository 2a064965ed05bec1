package com.hallqueue.server.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hall's week: hours per weekday (a missing weekday is closed), public holidays, and
 * the weekend days worked in their place (调休上班), which take Monday's hours.
 */
public record OpeningHours(Map<DayOfWeek, DayHours> week, Set<LocalDate> holidays, Set<LocalDate> workdays) {

    public Optional<DayHours> on(LocalDate day) {
        if (holidays.contains(day)) {
            return Optional.empty();
        }
        if (workdays.contains(day)) {
            return Optional.ofNullable(week.get(DayOfWeek.MONDAY));
        }
        return Optional.ofNullable(week.get(day.getDayOfWeek()));
    }

    /** Whether the kiosk may issue a ticket now; when not, why, in words for the citizen. */
    public Optional<String> refusalToIssue(ZonedDateTime now) {
        Optional<DayHours> today = on(now.toLocalDate());
        if (today.isEmpty()) {
            return Optional.of("对不起，今日不办理业务" + nextOpening(now.toLocalDate()) + " / Sorry, the hall is closed today.");
        }
        DayHours hours = today.get();
        if (hours.issuesAt(now.toLocalTime())) {
            return Optional.empty();
        }
        return Optional.of("对不起，当前不在取号时间，今日取号时间 " + hours.issuingSpan()
                + " / Sorry, tickets are issued " + hours.issuingSpan() + " today.");
    }

    /**
     * The {@code n}-th day after {@code day} on which the hall is open (holidays and closed
     * weekdays skipped, 调休 workdays counted), for deadlines in working days.
     */
    public LocalDate workingDayAfter(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0, looked = 0; counted < n; looked++) {
            d = d.plusDays(1);
            if (on(d).isPresent()) {
                counted++;
            } else if (looked > 366 + n) {
                throw new IllegalStateException("the hall is never open");
            }
        }
        return d;
    }

    private String nextOpening(LocalDate day) {
        for (int i = 1; i <= 14; i++) {
            LocalDate next = day.plusDays(i);
            Optional<DayHours> hours = on(next);
            if (hours.isPresent()) {
                return "，下次办理 " + next + " " + hours.get().issuingSpan();
            }
        }
        return "";
    }
}
