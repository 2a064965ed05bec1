package com.hallqueue.server.appointments;

import com.hallqueue.server.config.AppointmentOnlyHours;
import com.hallqueue.server.config.DayHours;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.OpeningHours;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When the hall serves the booked only (预约通关), day by day. The hall day stays the calendar
 * day, as for tickets, numbers and statistics: a night that crosses midnight (17:30 → 08:30)
 * is the evening of one day and the early morning of the next, and no span or slot runs past
 * 24:00. On a holiday (the live calendar's) the holiday hours join the nights.
 */
public final class AppointmentHours {

    /** How far ahead the next walk-in opening is looked for: a hall closed longer says none. */
    private static final int LOOK_DAYS = 31;

    /** One appointment-only span of one day, in the hall's local time; {@code to} at most the next midnight. */
    public record Span(LocalDateTime from, LocalDateTime to) {

        public boolean covers(LocalDateTime t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    private final OpeningHours hours;
    private final AppointmentOnlyHours only;

    public AppointmentHours(HallConfig config) {
        this.hours = config.hours();
        this.only = config.appointments().appointmentOnly();
    }

    public boolean any() {
        return only.any();
    }

    /** Whether {@code service} may be booked in these hours. */
    public boolean serves(String service) {
        return only.services().contains(service);
    }

    /** Whether {@code counter} serves the booked in these hours. */
    public boolean servedAt(int counter) {
        return only.counters().contains(counter);
    }

    public AppointmentOnlyHours config() {
        return only;
    }

    /** The day's appointment-only spans in order, those that touch merged. */
    public List<Span> on(LocalDate day) {
        List<Span> parts = new ArrayList<>();
        for (AppointmentOnlyHours.Span n : only.nights()) {
            if (n.crossesMidnight()) {
                parts.add(new Span(day.atStartOfDay(), at(day, n.to())));
                parts.add(new Span(day.atTime(n.from()), day.plusDays(1).atStartOfDay()));
            } else {
                parts.add(new Span(day.atTime(n.from()), at(day, n.to())));
            }
        }
        if (only.holidays() != null && hours.special().isHoliday(day)) {
            parts.add(new Span(day.atTime(only.holidays().from()), at(day, only.holidays().to())));
        }
        return merged(parts);
    }

    /** The appointment-only span {@code now} lies in, if any. */
    public Optional<Span> at(LocalDateTime now) {
        return on(now.toLocalDate()).stream().filter(s -> s.covers(now)).findFirst();
    }

    /** Whether the hall serves the booked only from one day's last moment into the next day's first. */
    public boolean runsAcrossMidnightInto(LocalDate day) {
        return at(day.atStartOfDay()).isPresent() && at(day.atStartOfDay().minusNanos(1)).isPresent();
    }

    /** When the kiosk next takes walk-ins, from {@code now}; empty when not within a month. */
    public Optional<LocalDateTime> nextWalkInOpening(LocalDateTime now) {
        for (int i = 0; i <= LOOK_DAYS; i++) {
            LocalDate day = now.toLocalDate().plusDays(i);
            Optional<DayHours> h = hours.on(day);
            if (h.isPresent()) {
                LocalDateTime open = day.atTime(h.get().open());
                LocalDateTime last = at(day, h.get().lastTicket());
                if (now.isBefore(last)) {
                    return Optional.of(open.isAfter(now) ? open : now);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A citizen checked in during appointment-only hours is for the night desk: a counter off
     * it may not call them (its staff are not on duty for them), though it still serves the
     * day's walk-ins left after closing. {@code issuedAt}: when the ticket to be called was issued.
     */
    public Optional<Refused> callRefusal(int counter, LocalDateTime issuedAt) {
        if (servedAt(counter) || at(issuedAt).isEmpty()) {
            return Optional.empty();
        }
        String desks = only.counters().stream().sorted().map(String::valueOf).collect(Collectors.joining("、"));
        return Optional.of(Refused.conflict(Refused.APPOINTMENT_ONLY, "对不起，预约时段签到的群众由 " + desks
                + " 号窗口办理 / Sorry, citizens checked in during appointment-only hours are served at counters "
                + desks.replace("、", ", ")));
    }

    private static List<Span> merged(List<Span> parts) {
        List<Span> sorted = parts.stream().filter(s -> s.from().isBefore(s.to()))
                .sorted(Comparator.comparing(Span::from)).toList();
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !s.from().isAfter(last.to())) {
                out.set(out.size() - 1, new Span(last.from(), s.to().isAfter(last.to()) ? s.to() : last.to()));
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** {@code LocalTime.MAX} stands for 24:00, the next day's midnight. */
    static LocalDateTime at(LocalDate day, LocalTime t) {
        return t.equals(LocalTime.MAX) ? day.plusDays(1).atStartOfDay() : day.atTime(t);
    }
}
