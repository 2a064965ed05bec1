package com.hallqueue.server.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Everything a hall is configured with, immutable and validated. Handed down through
 * constructors; nothing reads configuration from anywhere else.
 */
public record HallConfig(
        HallInfo hall,
        List<ServiceDef> services,
        List<CounterDef> counters,
        List<StaffDef> staff,
        Devices devices,
        OpeningHours hours,
        PriorityRules priority,
        NoShowRules noShow,
        StatsRules stats,
        AlertRules alerts,
        ScreenSettings screens,
        AppointmentRules appointments,
        NotifyRules notifier) {

    /** A hall that tells no citizen anything by message. */
    public HallConfig(HallInfo hall, List<ServiceDef> services, List<CounterDef> counters, List<StaffDef> staff,
                      Devices devices, OpeningHours hours, PriorityRules priority, NoShowRules noShow, StatsRules stats,
                      AlertRules alerts, ScreenSettings screens, AppointmentRules appointments) {
        this(hall, services, counters, staff, devices, hours, priority, noShow, stats, alerts, screens, appointments,
                NotifyRules.off());
    }

    public ZoneId zone() {
        return hall.timeZone();
    }

    public Optional<ServiceDef> service(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<CounterDef> counter(int number) {
        return counters.stream().filter(c -> c.number() == number).findFirst();
    }

    /** The same hall with other opening hours: the live calendar's, at start. */
    public HallConfig withHours(OpeningHours live) {
        return new HallConfig(hall, services, counters, staff, devices, live, priority, noShow, stats, alerts, screens,
                appointments, notifier);
    }

    /** The same hall with other booking rules: live slot capacities, at start. */
    public HallConfig withAppointments(AppointmentRules live) {
        return new HallConfig(hall, services, counters, staff, devices, hours, priority, noShow, stats, alerts, screens,
                live, notifier);
    }

    public Optional<StaffDef> staffMember(String badge) {
        return staff.stream().filter(s -> s.badge().equals(badge)).findFirst();
    }
}
