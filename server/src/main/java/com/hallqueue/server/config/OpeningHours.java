package com.hallqueue.server.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hall's week: hours per weekday (a missing weekday is closed), public holidays, and
 * the weekend days worked in their place (调休上班), which take Monday's hours. {@code
 * holidays} and {@code workdays} are the file's; {@code special} is what the hall goes by:
 * the file's days, or the live calendar seeded from them.
 */
public record OpeningHours(Map<DayOfWeek, DayHours> week, Set<LocalDate> holidays, Set<LocalDate> workdays,
                           SpecialDays special) {

    public OpeningHours(Map<DayOfWeek, DayHours> week, Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this(week, holidays, workdays, SpecialDays.of(holidays, workdays));
    }

    /** The same week, going by {@code live} for holidays and 调休 working days. */
    public OpeningHours goingBy(SpecialDays live) {
        return new OpeningHours(week, holidays, workdays, live);
    }

    /** Whether the week alone (no holiday, no 调休) opens the hall on {@code day}'s weekday. */
    public boolean weekOpens(LocalDate day) {
        return week.containsKey(day.getDayOfWeek());
    }

    public Optional<DayHours> on(LocalDate day) {
        if (special.isHoliday(day)) {
            return Optional.empty();
        }
        if (special.isWorkday(day)) {
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
