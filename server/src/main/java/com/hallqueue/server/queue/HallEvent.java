package com.hallqueue.server.queue;

import com.hallqueue.server.followup.FollowUp;
import com.hallqueue.server.appointments.Booking;
import com.hallqueue.server.appraisal.Complaint;
import com.hallqueue.server.appraisal.Mark;
import com.hallqueue.server.matters.Notice;
import com.hallqueue.server.printing.PrinterNote;
import java.time.Instant;

/**
 * One committed change: the ticket and/or counter as they are after it, who made it, and
 * the views the screens are told. {@code seq} is the hall's commit order. {@code detail}
 * is the pause reason, the transfer target or the rating, where there is one; {@code
 * printer} is the kiosk printer's state or print job, for printing events; {@code followUp}
 * the follow-up case, for case events; {@code booking} the appointment as it is after an
 * appointment event; {@code notice} the 一次性告知单 as it is after a notice event; {@code mark}
 * a manager's score on an appraisal sheet; {@code complaint} an entry of the complaints
 * register as it is after the event.
 */
public record HallEvent(
        long seq,
        EventType type,
        Instant at,
        Ticket ticket,
        Counter counter,
        String staffBadge,
        String detail,
        TicketView ticketView,
        CounterView counterView,
        QueueView queue,
        PrinterNote printer,
        FollowUp followUp,
        Booking booking,
        Notice notice,
        Mark mark,
        Complaint complaint) {

    /** An event of a matter: nothing of appraisal. */
    public HallEvent(long seq, EventType type, Instant at, Ticket ticket, Counter counter, String staffBadge,
                     String detail, TicketView ticketView, CounterView counterView, QueueView queue,
                     PrinterNote printer, FollowUp followUp, Booking booking, Notice notice) {
        this(seq, type, at, ticket, counter, staffBadge, detail, ticketView, counterView, queue, printer, followUp,
                booking, notice, null, null);
    }

    /** An event of appraisal: no matter. */
    public HallEvent(long seq, EventType type, Instant at, Ticket ticket, Counter counter, String staffBadge,
                     String detail, TicketView ticketView, CounterView counterView, QueueView queue,
                     PrinterNote printer, FollowUp followUp, Booking booking, Mark mark, Complaint complaint) {
        this(seq, type, at, ticket, counter, staffBadge, detail, ticketView, counterView, queue, printer, followUp,
                booking, null, mark, complaint);
    }

    /** An event of the hall's queue, cases or bookings. */
    public HallEvent(long seq, EventType type, Instant at, Ticket ticket, Counter counter, String staffBadge,
                     String detail, TicketView ticketView, CounterView counterView, QueueView queue,
                     PrinterNote printer, FollowUp followUp, Booking booking) {
        this(seq, type, at, ticket, counter, staffBadge, detail, ticketView, counterView, queue, printer, followUp,
                booking, null, null, null);
    }

    public HallEvent(long seq, EventType type, Instant at, Ticket ticket, Counter counter, String staffBadge,
                     String detail, TicketView ticketView, CounterView counterView, QueueView queue,
                     PrinterNote printer) {
        this(seq, type, at, ticket, counter, staffBadge, detail, ticketView, counterView, queue, printer, null, null);
    }

    public HallEvent(long seq, EventType type, Instant at, Ticket ticket, Counter counter, String staffBadge,
                     String detail, TicketView ticketView, CounterView counterView, QueueView queue) {
        this(seq, type, at, ticket, counter, staffBadge, detail, ticketView, counterView, queue, null);
    }
}
