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
 * a holiday or a closed day.
 */
public final class SlotPlan {

    private final HallConfig config;

    public SlotPlan(HallConfig config) {
        this.config = config;
    }

    public List<Slot> slots(String service, LocalDate date) {
        Optional<AppointmentRules.SlotSize> size = config.appointments().slots(service);
        Optional<DayHours> hours = config.hours().on(date);
        if (size.isEmpty() || hours.isEmpty()) {
            return List.of();
        }
        return lay(service, date, hours.get(), size.get().length().toMinutes());
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
