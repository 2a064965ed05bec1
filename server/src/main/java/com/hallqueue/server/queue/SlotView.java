package com.hallqueue.server.queue;

import com.hallqueue.server.appointments.Slot;

/** A slot as the booking page sees it: its places, how many are booked, and whether it can still be booked. */
public record SlotView(Slot slot, int capacity, int booked, boolean bookable) {

    public int free() {
        return Math.max(0, capacity - booked);
    }
}
