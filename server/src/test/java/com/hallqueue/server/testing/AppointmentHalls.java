package com.hallqueue.server.testing;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;

/** Halls that take appointments, for the booking tests. */
public final class AppointmentHalls {

    private AppointmentHalls() {
    }

    /**
     * Weekdays 08:30–17:30, tickets until 17:00, lunch 12:00–13:30, Monday 2026-11-30 a
     * holiday. A: 30-minute slots for 2; B: 60-minute slots for 1; booking 7 days ahead,
     * check-in from 15 minutes before to 15 after. At most 2 priority calls in a row.
     */
    public static HallConfig weekdays() {
        return new HallConfigLoader().parse("""
                hall: {name: 预约大厅, timeZone: Asia/Shanghai}
                services:
                  - {code: A, name: 综合业务, nameEn: General}
                  - {code: B, name: 报关业务, nameEn: Declarations}
                counters:
                  - {number: 1, services: [A]}
                  - {number: 2, services: [B]}
                hours:
                  week:
                    weekdays: {open: "08:30", lastTicket: "17:00", close: "17:30", breaks: [["12:00", "13:30"]]}
                  holidays: [2026-11-30]
                priority: {maxConsecutive: 2}
                appointments:
                  capacity: 2
                  services: {B: {slotMinutes: 60, capacity: 1}}
                """, "appointment hall");
    }

    /**
     * A customs hall with a night desk (预约通关): the demo hall's services, counters, staff
     * (password "demo") and devices, open for walk-ins weekdays 08:30–17:30 (tickets until
     * 17:00); every night 17:30–08:30 and on holidays 09:00–16:00 for the booked only, in
     * 30-minute slots for 3 of B and C, served at counters 3 and 4. Monday 2026-12-07 is a holiday.
     */
    public static HallConfig nightDesk() {
        try (var in = AppointmentHalls.class.getResourceAsStream("/demo-hall.yaml")) {
            String demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String daily = "    daily: {open: \"00:00\", close: \"24:00\"}";
            if (!demo.contains(daily) || !demo.stripTrailing().endsWith("daysAhead: 7")) {
                throw new IllegalStateException("the demo hall's hours or appointments moved; update nightDesk()");
            }
            String hours = "    weekdays: {open: \"08:30\", lastTicket: \"17:00\", close: \"17:30\"}\n"
                    + "  holidays: [2026-12-07]";
            return new HallConfigLoader().parse(demo.replace(daily, hours) + """
                      appointmentOnly:
                        night: [["17:30", "08:30"]]
                        holidays: {open: "09:00", close: "16:00"}
                        services: [B, C]
                        counters: [3, 4]
                    """, "night desk hall");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
