package com.hallqueue.server.queue;

import com.hallqueue.server.appointments.Slot;

/**
 * A slot as the booking page sees it: its places, how many are booked, whether it can still be
 * booked, and whether it lies in the hours kept for the booked (预约时段).
 */
public record SlotView(Slot slot, int capacity, int booked, boolean bookable, boolean appointmentOnly) {

    public int free() {
        return Math.max(0, capacity - booked);
    }
}
