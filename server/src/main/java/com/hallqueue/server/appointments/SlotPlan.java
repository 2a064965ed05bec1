package com.hallqueue.server.appointments;

import com.hallqueue.server.config.AppointmentRules;
import com.hallqueue.server.config.DayHours;
import com.hallqueue.server.config.HallConfig;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The slots a service offers on a day: from opening, one after another, each ending by the
 * last-ticket time; none overlapping a break (the next starts when the break ends); none on
 * a holiday or a closed day. Then, for the services booked in them, the slots of the day's
 * appointment-only spans (nights, holiday hours), laid the same way from each span's start;
 * none runs past midnight, so each slot belongs to the day it starts on.
 */
public final class SlotPlan {

    private final HallConfig config;
    private final AppointmentHours bookedOnly;

    public SlotPlan(HallConfig config) {
        this.config = config;
        this.bookedOnly = new AppointmentHours(config);
    }

    public List<Slot> slots(String service, LocalDate date) {
        Optional<AppointmentRules.SlotSize> size = config.appointments().slots(service);
        if (size.isEmpty()) {
            return List.of();
        }
        long minutes = size.get().length().toMinutes();
        List<Slot> out = new ArrayList<>();
        config.hours().on(date).ifPresent(hours -> out.addAll(lay(service, date, hours, minutes)));
        if (bookedOnly.serves(service)) {
            bookedOnly.on(date).forEach(span -> out.addAll(layIn(service, span, minutes)));
        }
        out.sort(java.util.Comparator.comparing(Slot::start));
        return List.copyOf(out);
    }

    /** Whether {@code s} lies in the hours kept for the booked (预约时段). */
    public boolean appointmentOnly(Slot s) {
        return bookedOnly.at(s.start()).isPresent();
    }

    private static List<Slot> layIn(String service, AppointmentHours.Span span, long minutes) {
        List<Slot> out = new ArrayList<>();
        for (LocalDateTime t = span.from(); !t.plusMinutes(minutes).isAfter(span.to()); t = t.plusMinutes(minutes)) {
            out.add(new Slot(service, t, t.plusMinutes(minutes)));
        }
        return out;
    }

    public Optional<Slot> slot(String service, LocalDate date, LocalTime start) {
        return slots(service, date).stream().filter(s -> s.start().toLocalTime().equals(start)).findFirst();
    }

    private static List<Slot> lay(String service, LocalDate date, DayHours hours, long minutes) {
        LocalDateTime end = at(date, hours.lastTicket());
        List<Slot> out = new ArrayList<>();
        LocalDateTime t = at(date, hours.open());
        while (!t.plusMinutes(minutes).isAfter(end)) {
            Slot s = new Slot(service, t, t.plusMinutes(minutes));
            Optional<DayHours.Break> cut = breakIn(hours, s);
            if (cut.isPresent()) {
                t = at(date, cut.get().to());
            } else {
                out.add(s);
                t = s.end();
            }
        }
        return List.copyOf(out);
    }

    private static Optional<DayHours.Break> breakIn(DayHours hours, Slot s) {
        return hours.breaks().stream().filter(b -> at(s.date(), b.from()).isBefore(s.end())
                && s.start().isBefore(at(s.date(), b.to()))).findFirst();
    }

    /** {@code LocalTime.MAX} stands for 24:00, the next day's midnight. */
    private static LocalDateTime at(LocalDate date, LocalTime t) {
        return t.equals(LocalTime.MAX) ? date.plusDays(1).atStartOfDay() : date.atTime(t);
    }
}
