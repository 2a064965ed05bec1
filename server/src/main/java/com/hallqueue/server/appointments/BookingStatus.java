package com.hallqueue.server.appointments;

/** Where a booking stands: booked, cancelled by the citizen, checked in at the kiosk, or missed (a no-show). */
public enum BookingStatus {
    BOOKED, CANCELLED, CHECKED_IN, MISSED;

    /** A booking in these states keeps its place in the slot and counts for its phone's day. */
    public boolean holdsPlace() {
        return this == BOOKED || this == CHECKED_IN || this == MISSED;
    }
}
