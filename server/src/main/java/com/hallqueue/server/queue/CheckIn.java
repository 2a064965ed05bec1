package com.hallqueue.server.queue;

import com.hallqueue.server.appointments.Booking;

/** A booking checked in at the kiosk, and the priority ticket it was given. */
public record CheckIn(Booking booking, TicketView ticket) {
}
