package com.hallqueue.server.config;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads the {@code appointments} section; without it the hall takes no bookings. */
final class AppointmentsReader {

    private static final int DEFAULT_SLOT_MINUTES = 30;
    private static final int DEFAULT_CAPACITY = 3;
    private static final int DEFAULT_DAYS_AHEAD = 7;
    private static final int DEFAULT_CHECK_IN_MINUTES = 15;
    /** The public contract promises at least 20 a minute to every address. */
    private static final int DEFAULT_BOOKINGS_PER_MINUTE = 30;
    private static final int DEFAULT_REMOTE_PER_PHONE = 3;

    AppointmentRules appointments(ConfigFile.Appointments a, Set<String> codes, OpeningHours hours, Set<Integer> counters) {
        if (a == null) {
            return AppointmentRules.none();
        }
        AppointmentRules.SlotSize hall = size(a.slotMinutes(), a.capacity(),
                new AppointmentRules.SlotSize(Duration.ofMinutes(DEFAULT_SLOT_MINUTES), DEFAULT_CAPACITY), "appointments");
        Map<String, AppointmentRules.SlotSize> services = new TreeMap<>();
        codes.forEach(code -> services.put(code, hall));
        if (a.services() != null) {
            a.services().forEach((code, s) -> services.put(code, service(code, s, hall, codes)));
        }
        services.values().removeIf(s -> s.capacity() == 0);
        ConfigFile.CheckIn in = a.checkIn() == null ? new ConfigFile.CheckIn(null, null) : a.checkIn();
        ConfigFile.RemoteTickets remote = a.remoteTickets() == null ? new ConfigFile.RemoteTickets(null, null)
                : a.remoteTickets();
        return new AppointmentRules(Map.copyOf(services),
                count(a.daysAhead(), DEFAULT_DAYS_AHEAD, 0, 90, "appointments.daysAhead"),
                count(a.perPhonePerDay(), 1, 1, 100, "appointments.perPhonePerDay"),
                minutes(in.earlyMinutes(), "appointments.checkIn.earlyMinutes"),
                minutes(in.lateMinutes(), "appointments.checkIn.lateMinutes"),
                count(a.bookingsPerMinute(), DEFAULT_BOOKINGS_PER_MINUTE, 20, 100_000, "appointments.bookingsPerMinute"),
                count(remote.perPhonePerDay(), DEFAULT_REMOTE_PER_PHONE, 0, 100, "appointments.remoteTickets.perPhonePerDay"),
                count(remote.perMinute(), DEFAULT_BOOKINGS_PER_MINUTE, 1, 100_000, "appointments.remoteTickets.perMinute"),
                new AppointmentOnlyReader().read(a.appointmentOnly(), hours, services.keySet(), counters));
    }

    private static AppointmentRules.SlotSize service(String code, ConfigFile.SlotSize s,
                                                     AppointmentRules.SlotSize hall, Set<String> codes) {
        String at = "appointments.services." + code;
        if (!codes.contains(code)) {
            throw new ConfigException(at, "unknown service \"" + code + "\"");
        }
        return s == null ? hall : size(s.slotMinutes(), s.capacity(), hall, at);
    }

    private static AppointmentRules.SlotSize size(Integer minutes, Integer capacity, AppointmentRules.SlotSize fallback,
                                                  String at) {
        int length = count(minutes, (int) fallback.length().toMinutes(), 5, 720, at + ".slotMinutes");
        return new AppointmentRules.SlotSize(Duration.ofMinutes(length),
                count(capacity, fallback.capacity(), 0, 10_000, at + ".capacity"));
    }

    private static Duration minutes(Integer given, String field) {
        return Duration.ofMinutes(count(given, DEFAULT_CHECK_IN_MINUTES, 0, 240, field));
    }

    private static int count(Integer given, int fallback, int min, int max, String field) {
        int n = given == null ? fallback : given;
        if (n < min || n > max) {
            throw new ConfigException(field, "must be " + min + " to " + max + ", got " + n);
        }
        return n;
    }
}
