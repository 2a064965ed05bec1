package com.hallqueue.server.notify;

import com.hallqueue.server.desk.Consequences;
import com.hallqueue.server.events.Snapshot;
import com.hallqueue.server.events.Subscriber;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.TicketStatus;
import com.hallqueue.server.queue.Ticket;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * On the hall's writer: after every batch that moved a ticket, decides which citizens are to
 * be told now, and records each decision ({@code notify.queued}) in the same commit. It learns
 * consents and decisions from the committed events it follows (its own server's and the other
 * servers'), so every server of a hall decides from the same record and decides nothing twice.
 */
final class Watches implements Consequences, Subscriber {

    private final LongFunction<Watching> load;
    private Watching committed = new Watching();

    /** {@code load}: what the store's events say up to a sequence number, at start. */
    Watches(LongFunction<Watching> load) {
        this.load = load;
    }

    @Override
    public void snapshot(Snapshot s) {
        committed = load.apply(s.seq());
    }

    @Override
    public void event(HallEvent e) {
        learn(committed, e);
    }

    /** On the writer: the holder key of ticket {@code id}'s committed consent, or null. */
    String holderOf(String ticketId) {
        Watch w = committed.byTicket.get(ticketId);
        return w == null ? null : w.consent().holder();
    }

    @Override
    public void follow(QueueEngine engine, List<HallEvent> changes) {
        if (committed.isEmpty() && changes.stream().noneMatch(e -> e.type() == EventType.NOTIFY_CONSENTED)) {
            return;
        }
        if (changes.stream().allMatch(e -> e.ticket() == null && e.type() != EventType.NOTIFY_CONSENTED)) {
            return; // nothing moved in the queue
        }
        Watching now = committed.copy();
        changes.stream().filter(e -> e.type() == EventType.APPOINTMENT_CHECKED_IN)
                .forEach(e -> checkedIn(engine, now, e));
        changes.forEach(e -> learn(now, e));
        List.copyOf(now.byTicket.values()).forEach(w -> decide(engine, now, w));
    }

    private static void learn(Watching w, HallEvent e) {
        TicketStatus status = e.ticket() == null ? null : e.ticket().status();
        w.learn(e.type(), e.ticket() == null ? null : e.ticket().id(), status, e.detail());
        if (e.booking() != null && e.type() != EventType.APPOINTMENT_BOOKED) {
            w.forgetBooking(e.booking().code());
        }
    }

    /** A booking with a consent was checked in: the consent passes to its ticket. */
    private static void checkedIn(QueueEngine engine, Watching now, HallEvent e) {
        Consent given = now.byBooking.remove(e.booking().code());
        Optional<Ticket> t = Optional.ofNullable(e.ticket()).flatMap(x -> engine.ticketNow(x.id()));
        if (given == null || t.isEmpty()) {
            return;
        }
        Consent c = given.forTicket(engine.aheadOf(t.get()) <= given.aheadAt());
        engine.noteMessage(EventType.NOTIFY_CONSENTED, t.get().id(), c.detail());
        now.consented(t.get().id(), c);
    }

    /** The call is told once; the count ahead once, only while still waiting and never after the call. */
    private static void decide(QueueEngine engine, Watching now, Watch w) {
        Optional<Ticket> found = engine.ticketNow(w.ticketId());
        if (found.isEmpty() || Watching.isOver(found.get().status())) {
            now.byTicket.remove(w.ticketId());
            return;
        }
        Ticket t = found.get();
        boolean called = t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING;
        if (called && !w.calledDone() && t.counter() != null) {
            queue(engine, now, w, new Decision(MessageKind.CALLED, t.number(), t.counter(), w.consent().holder()));
        } else if (t.status() == TicketStatus.WAITING && !w.aheadDone()) {
            int ahead = engine.aheadOf(t);
            if (ahead <= w.consent().aheadAt()) {
                queue(engine, now, w, new Decision(MessageKind.AHEAD, t.number(), ahead, w.consent().holder()));
            }
        }
    }

    private static void queue(QueueEngine engine, Watching now, Watch w, Decision d) {
        engine.noteMessage(EventType.NOTIFY_QUEUED, w.ticketId(), d.detail());
        now.byTicket.put(w.ticketId(), w.decided(d.kind()));
    }
}
