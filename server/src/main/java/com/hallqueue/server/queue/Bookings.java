package com.hallqueue.server.queue;

import com.hallqueue.server.appointments.Booking;
import com.hallqueue.server.appointments.BookingStatus;
import com.hallqueue.server.appointments.Slot;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The hall's bookings by code, with the two counts every booking asks for kept up to date:
 * places held in each slot, and bookings held by each phone on each day.
 */
final class Bookings {

    private record PhoneDay(String phoneKey, LocalDate day) {
    }

    private final Map<String, Booking> byCode = new HashMap<>();
    private final Map<Slot, Integer> perSlot = new HashMap<>();
    private final Map<PhoneDay, Integer> perPhoneDay = new HashMap<>();

    Booking get(String code) {
        return byCode.get(code);
    }

    boolean exists(String code) {
        return byCode.containsKey(code);
    }

    void put(Booking b) {
        Booking before = byCode.put(b.code(), b);
        if (before != null && before.status().holdsPlace()) {
            count(before, -1);
        }
        if (b.status().holdsPlace()) {
            count(b, 1);
        }
    }

    int inSlot(Slot s) {
        return perSlot.getOrDefault(s, 0);
    }

    int ofPhoneOn(String phoneKey, LocalDate day) {
        return perPhoneDay.getOrDefault(new PhoneDay(phoneKey, day), 0);
    }

    Collection<Booking> all() {
        return byCode.values();
    }

    /** Settled bookings of days before {@code day} leave memory, and their counts with them; the store keeps them. */
    void forgetSettledBefore(LocalDate day) {
        byCode.values().removeIf(b -> {
            boolean gone = b.slot().date().isBefore(day) && b.status() != BookingStatus.BOOKED;
            if (gone && b.status().holdsPlace()) {
                count(b, -1);
            }
            return gone;
        });
    }

    private void count(Booking b, int by) {
        perSlot.merge(b.slot(), by, Bookings::sumOrGone);
        perPhoneDay.merge(new PhoneDay(b.phoneKey(), b.slot().date()), by, Bookings::sumOrGone);
    }

    /** A count that falls to zero leaves the map, so the maps hold only days still booked. */
    private static Integer sumOrGone(Integer a, Integer b) {
        int sum = a + b;
        return sum == 0 ? null : sum;
    }
}
