package com.hallqueue.server.notify;

import com.hallqueue.server.queue.Ticket;
import com.hallqueue.server.queue.TicketStatus;
import com.hallqueue.server.store.HallStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender: on its own thread, never the hall's writer, it brings the outbox up to the
 * decisions committed, claims what is due (one server of several sends each message), sends
 * it, and records the outcome: sent, tried again later with a growing wait, or given up.
 * What was not sent when the server stopped is sent after it starts again.
 */
final class Outbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final int PER_ROUND = 20;
    private static final Duration KEEP_PHONES = Duration.ofDays(8);
    private static final Duration TIDY_EVERY = Duration.ofMinutes(1);

    private final HallStore store;
    private final Notifier notifier;
    private final Templates templates;
    private final Backoff backoff;
    private final Clock clock;
    private final Duration claimFor;
    private final String server = UUID.randomUUID().toString();
    /** Only the sender's thread reads and writes it. */
    private Instant lastTidy;
    private final OutboxRows rows = new OutboxRows();
    private final PhoneRows phones = new PhoneRows();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hall-notify");
        t.setDaemon(true);
        return t;
    });

    Outbox(HallStore store, Notifier notifier, Templates templates, Backoff backoff, Clock clock, Duration claimFor) {
        this.store = store;
        this.notifier = notifier;
        this.templates = templates;
        this.backoff = backoff;
        this.clock = clock;
        this.claimFor = claimFor;
    }

    void start(Duration every) {
        if (!store.shared()) {
            // killed while sending: alone on its database, no other server holds a claim, so none need lapse
            store.writeSettings(rows::releaseClaims);
        }
        sender.scheduleWithFixedDelay(this::round, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round; a fault is logged and the next round tries again (a scheduled task that throws never runs again). */
    void round() {
        try {
            store.writeSettings(c -> rows.takeDecisions(c, 500));
            List<Long> due = store.readSettings(c -> rows.due(c, clock.instant(), PER_ROUND));
            due.forEach(this::claimAndSend);
            forgetPhonesNowAndThen();
        } catch (RuntimeException e) {
            LOG.warn("the outbox could not send this round; it tries again: {}", e.getMessage());
        }
    }

    private void forgetPhonesNowAndThen() {
        Instant now = clock.instant();
        if (lastTidy == null || now.isAfter(lastTidy.plus(TIDY_EVERY))) {
            store.writeSettings(c -> phones.forgetUnneeded(c, now.minus(KEEP_PHONES)));
            lastTidy = now;
        }
    }

    private void claimAndSend(long id) {
        Instant now = clock.instant();
        store.writeSettings(c -> rows.claim(c, id, server, now, now.plus(claimFor))).ifPresent(this::send);
    }

    private void send(OutboxRows.Row r) {
        Optional<PhoneRows.Phone> phone = store.readSettings(c -> phones.find(c, r.holder()));
        if (phone.isEmpty()) {
            finish(r, "DROPPED", r.attempts(), "已撤回 / consent withdrawn");
            return;
        }
        if (!stillDue(r.kind(), store.ticket(r.ticketId()).map(Ticket::status))) {
            finish(r, "DROPPED", r.attempts(), "号已过此时 / the ticket is past that point");
            return;
        }
        Message m = new Message(r.id(), r.kind(), phone.get().phone(), phone.get().masked(), r.number(), r.place(),
                templates.text(r.kind(), r.number(), r.place()), r.decidedAt());
        judge(r, notifier.send(m));
    }

    private void judge(OutboxRows.Row r, Outcome o) {
        if (o instanceof Outcome.Sent) {
            finish(r, "SENT", r.attempts() + 1, null);
        } else if (o instanceof Outcome.Held held) {
            later(r, r.attempts(), "限流 / held by the rate limit", held.holdFor());
        } else if (o instanceof Outcome.Failed f) {
            int made = r.attempts() + 1;
            LOG.warn("message {} attempt {} failed: {}", r.id(), made, f.why());
            if (!f.retry() || backoff.givesUpAfter(made)) {
                finish(r, "FAILED", made, f.why());
            } else {
                later(r, made, f.why(), backoff.after(made));
            }
        }
    }

    /** The count ahead only while the ticket still waits; the call only while it is called or served. */
    static boolean stillDue(MessageKind kind, Optional<TicketStatus> status) {
        if (status.isEmpty()) {
            return false;
        }
        TicketStatus s = status.get();
        return kind == MessageKind.AHEAD ? s == TicketStatus.WAITING : s == TicketStatus.CALLED || s == TicketStatus.SERVING;
    }

    /** A final state is forced to the disk: a message recorded sent is not sent again after a crash. */
    private void finish(OutboxRows.Row r, String state, int attempts, String error) {
        store.changeSettings(c -> {
            rows.finish(c, r.id(), state, attempts, error, clock.instant());
            return null;
        });
    }

    private void later(OutboxRows.Row r, int attempts, String error, Duration wait) {
        Instant next = clock.instant().plus(wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait);
        store.writeSettings(c -> {
            rows.later(c, r.id(), attempts, error, next);
            return null;
        });
    }

    @Override
    public void close() {
        sender.shutdownNow();
        try {
            sender.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
