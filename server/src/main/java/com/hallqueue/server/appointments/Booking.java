package com.hallqueue.server.appointments;

import java.time.Instant;

/**
 * A citizen's appointment (预约). {@code code} is what they type or scan at the kiosk. The
 * name and phone are kept masked only; {@code phoneKey} is a slow hash of the phone, enough
 * to hold one phone to its daily limit without keeping the number.
 */
public record Booking(String code, Slot slot, String maskedName, String maskedPhone, String phoneKey,
                      BookingStatus status, Instant bookedAt, Instant changedAt, String ticketId) {

    public String service() {
        return slot.service();
    }

    public Booking cancelled(Instant at) {
        return with(BookingStatus.CANCELLED, at, null);
    }

    public Booking checkedIn(String ticket, Instant at) {
        return with(BookingStatus.CHECKED_IN, at, ticket);
    }

    public Booking missed(Instant at) {
        return with(BookingStatus.MISSED, at, null);
    }

    private Booking with(BookingStatus s, Instant at, String ticket) {
        return new Booking(code, slot, maskedName, maskedPhone, phoneKey, s, bookedAt, at, ticket);
    }
}
