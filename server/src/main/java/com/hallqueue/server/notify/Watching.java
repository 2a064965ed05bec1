package com.hallqueue.server.notify;

import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.TicketStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * Who is to be told, as the committed events say: consents by ticket and by booking, with
 * what was decided for each. Changed only by events, so a batch that fails to commit leaves
 * no trace here; a copy is what a batch decides on.
 */
final class Watching {

    final Map<String, Watch> byTicket;
    final Map<String, Consent> byBooking;

    Watching() {
        this(new HashMap<>(), new HashMap<>());
    }

    private Watching(Map<String, Watch> byTicket, Map<String, Consent> byBooking) {
        this.byTicket = byTicket;
        this.byBooking = byBooking;
    }

    Watching copy() {
        return new Watching(new HashMap<>(byTicket), new HashMap<>(byBooking));
    }

    boolean isEmpty() {
        return byTicket.isEmpty() && byBooking.isEmpty();
    }

    /** One event; {@code status} is the ticket's after it, when known. */
    void learn(EventType type, String ticketId, TicketStatus status, String detail) {
        switch (type) {
            case NOTIFY_CONSENTED -> consented(ticketId, Consent.parse(detail));
            case NOTIFY_WITHDRAWN -> byTicket.remove(ticketId);
            case NOTIFY_QUEUED -> byTicket.computeIfPresent(ticketId, (id, w) -> w.decided(Decision.parse(detail).kind()));
            default -> forgetIfOver(ticketId, status);
        }
    }

    void consented(String ticketId, Consent c) {
        if (ticketId == null) {
            byBooking.put(c.bookingCode(), c);
        } else {
            Watch before = byTicket.get(ticketId);
            byTicket.put(ticketId, before == null ? Watch.of(ticketId, c) : before.renewed(c));
        }
    }

    void forgetBooking(String code) {
        byBooking.remove(code);
    }

    private void forgetIfOver(String ticketId, TicketStatus status) {
        if (ticketId != null && status != null && isOver(status)) {
            byTicket.remove(ticketId);
        }
    }

    static boolean isOver(TicketStatus s) {
        return s == TicketStatus.DONE || s == TicketStatus.CANCELLED || s == TicketStatus.EXPIRED;
    }
}
