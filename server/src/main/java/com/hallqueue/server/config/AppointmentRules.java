package com.hallqueue.server.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How citizens book (预约): per service the slot length and how many may book each slot;
 * how many days ahead; how many bookings one phone may hold a day; when a booking may be
 * checked in at the kiosk; how many booking requests one address may send a minute; and how
 * many numbers one phone may take remotely a day (0: no remote tickets); and the hours kept
 * for the booked only ({@link AppointmentOnlyHours}). A hall without an
 * {@code appointments} section takes no bookings.
 */
public record AppointmentRules(Map<String, SlotSize> services, int daysAhead, int perPhonePerDay,
                               Duration earlyCheckIn, Duration lateCheckIn, int bookingsPerMinute,
                               int remotePerPhonePerDay, int remotePerMinute, AppointmentOnlyHours appointmentOnly) {

    /** One service's slots: their length and capacity. */
    public record SlotSize(Duration length, int capacity) {
    }

    public static AppointmentRules none() {
        return new AppointmentRules(Map.of(), 0, 0, Duration.ZERO, Duration.ZERO, 1, 0, 1, AppointmentOnlyHours.none());
    }

    /** The slots of a service that takes bookings; empty when it takes none. */
    public Optional<SlotSize> slots(String service) {
        return Optional.ofNullable(services.get(service));
    }

    public boolean remoteTickets() {
        return remotePerPhonePerDay > 0;
    }
}
