package com.hallqueue.server.queue;

import com.hallqueue.server.matters.Matter;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A numbered ticket (号). {@code id} is opaque and unguessable; {@code number} (A001) is
 * what the citizen hears. {@code place} is its position in the hall's one arrival order
 * and never changes on transfer, so a transferred citizen never queues twice. {@code
 * directedTo} is set while it waits for one particular counter.
 */
public record Ticket(
        String id,
        String number,
        String service,
        TicketStatus status,
        boolean priority,
        Instant issuedAt,
        Instant calledAt,
        Instant startedAt,
        Instant finishedAt,
        Integer counter,
        Integer directedTo,
        LocalDate day,
        int seq,
        long place,
        String kiosk,
        Integer rating,
        Matter matter) {

    /** A ticket stored before matters were kept carries none. */
    public Ticket {
        matter = matter == null ? Matter.NONE : matter;
    }

    public Ticket(String id, String number, String service, TicketStatus status, boolean priority, Instant issuedAt,
                  Instant calledAt, Instant startedAt, Instant finishedAt, Integer counter, Integer directedTo,
                  LocalDate day, int seq, long place, String kiosk, Integer rating) {
        this(id, number, service, status, priority, issuedAt, calledAt, startedAt, finishedAt, counter, directedTo,
                day, seq, place, kiosk, rating, Matter.NONE);
    }

    /** The service the number was issued for (its letter); stays when the ticket is transferred. */
    public String numberedFor() {
        return number.substring(0, 1);
    }

    Ticket called(int byCounter, Instant at) {
        return new Ticket(id, number, service, TicketStatus.CALLED, priority, issuedAt, at, null, null,
                byCounter, null, day, seq, place, kiosk, rating, matter);
    }

    /** The citizen arrived: this counter takes the matter up, unless another did first (首问负责). */
    Ticket started(Instant at) {
        return new Ticket(id, number, service, TicketStatus.SERVING, priority, issuedAt, calledAt, at, null,
                counter, null, day, seq, place, kiosk, rating, matter.takenUpBy(counter));
    }

    Ticket ended(TicketStatus end, Instant at) {
        return new Ticket(id, number, service, end, priority, issuedAt, calledAt, startedAt, at,
                counter, null, day, seq, place, kiosk, rating, matter);
    }

    /** Back into the waiting lines, for another service or counter, keeping its number. */
    Ticket waitingAgain(String forService, Integer forCounter, long atPlace) {
        return new Ticket(id, number, forService, TicketStatus.WAITING, priority, issuedAt, null, null, null,
                null, forCounter, day, seq, atPlace, kiosk, rating, matter);
    }

    Ticket rated(int score) {
        return new Ticket(id, number, service, status, priority, issuedAt, calledAt, startedAt, finishedAt,
                counter, directedTo, day, seq, place, kiosk, score, matter);
    }

    Ticket with(Matter m) {
        return new Ticket(id, number, service, status, priority, issuedAt, calledAt, startedAt, finishedAt,
                counter, directedTo, day, seq, place, kiosk, rating, m);
    }
}
