package com.hallqueue.server.notify;

import com.hallqueue.server.appointments.Citizen;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.NotifyRules;
import com.hallqueue.server.desk.HallDesk;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.queue.TicketStatus;
import com.hallqueue.server.queue.Ticket;
import com.hallqueue.server.store.HallStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Telling citizens that their turn is near (短信提醒), with their consent: the one face of the
 * notify package. A consent keeps the phone (masked wherever it is shown) and is recorded on
 * the hall's writer; the writer decides each message in the commit of the change that makes
 * it due; the outbox sends it through the hall's {@link Notifier}.
 */
public final class Notifications implements AutoCloseable {

    /** The most one may ask to be told ahead of their turn. */
    public static final int AHEAD_AT_MOST = 20;
    private static final Duration KEEP_WATCHES = Duration.ofDays(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NotifyRules rules;
    private final HallStore store;
    private final Clock clock;
    private final Watches watches;
    private final Outbox outbox;
    private final OutboxRows rows = new OutboxRows();
    private final PhoneRows phones = new PhoneRows();

    private Notifications(NotifyRules rules, HallStore store, Clock clock, Watches watches, Outbox outbox) {
        this.rules = rules;
        this.store = store;
        this.clock = clock;
        this.watches = watches;
        this.outbox = outbox;
    }

    /** Starts deciding on {@code desk} and sending, unless the hall's config sends nothing. */
    public static Notifications open(HallConfig config, HallStore store, HallDesk desk, Clock clock) {
        return open(config, store, desk, clock, notifierFor(config, clock));
    }

    static Notifications open(HallConfig config, HallStore store, HallDesk desk, Clock clock, Notifier notifier) {
        NotifyRules rules = config.notifier();
        Watches watches = new Watches(seq -> store.readSettings(c ->
                new WatchRows().load(c, clock.instant().minus(KEEP_WATCHES), seq)));
        if (!rules.enabled()) {
            return new Notifications(rules, store, clock, watches, null);
        }
        desk.follow(watches).join(); // what was consented and decided before, then every commit after
        desk.followWith(watches);
        Outbox outbox = new Outbox(store, notifier, new Templates(config), new Backoff(rules.firstRetry(),
                rules.maxAttempts()), clock, claimTime(rules));
        outbox.start(rules.poll());
        return new Notifications(rules, store, clock, watches, outbox);
    }

    private static Notifier notifierFor(HallConfig config, Clock clock) {
        NotifyRules r = config.notifier();
        return switch (r.adapter()) {
            case "sms" -> new SmsGateway(r.sms(), clock);
            case "webhook" -> new Webhook(r.webhook(), config.hall().name());
            default -> new LogNotifier();
        };
    }

    /** Longer than any attempt may take, so a claim lapses only when its server is gone. */
    private static Duration claimTime(NotifyRules r) {
        Duration timeout = r.sms() != null ? r.sms().timeout() : r.webhook() != null ? r.webhook().timeout() : Duration.ZERO;
        return timeout.multipliedBy(2).plusSeconds(10);
    }

    public boolean enabled() {
        return rules.enabled();
    }

    /** How many ahead the citizen wants to be told at: the hall's default when not given. */
    public int aheadAt(Integer given) {
        if (given == null) {
            return rules.aheadAt();
        }
        if (given < 1 || given > AHEAD_AT_MOST) {
            throw Refusal.badInput("aheadAt", "须为1至" + AHEAD_AT_MOST + " / must be 1 to " + AHEAD_AT_MOST);
        }
        return given;
    }

    /**
     * Checks the phone and keeps it under a new holder key, forced to the disk, before the
     * consent that names the key is recorded. Not on the hall's writer.
     */
    public PhoneKept keepPhone(String typed) {
        refuseWhenOff();
        String mobile = Citizen.mobile(typed).orElseThrow(() -> Refusal.badInput("phone",
                "请填写11位手机号 / must be an 11-digit mobile number"));
        String holder = holderKey();
        String masked = Citizen.maskPhone(mobile);
        store.changeSettings(c -> {
            phones.keep(c, holder, mobile, masked, clock.instant());
            return null;
        });
        return new PhoneKept(holder, masked);
    }

    /** Where a phone was kept, and how it may be shown. */
    public record PhoneKept(String holder, String maskedPhone) {
    }

    /** On the hall's writer: the citizen holding ticket {@code id} consents; 409 once it was called or is over. */
    public Function<QueueEngine, Ticket> consent(String ticketId, PhoneKept phone, int aheadAt) {
        return e -> {
            Ticket t = e.ticketNow(ticketId).orElseThrow(() -> Refusal.notFound("没有此号 / No ticket " + ticketId));
            if (t.status() != TicketStatus.WAITING) {
                throw Refusal.conflict("对不起，此号已叫或已结束，无需提醒 / Sorry, this ticket was already called or is over");
            }
            Consent c = new Consent(aheadAt, phone.holder(), e.aheadOf(t) <= aheadAt, null);
            e.noteMessage(EventType.NOTIFY_CONSENTED, ticketId, c.detail());
            return t;
        };
    }

    /** On the hall's writer, with a booking just made: its check-in's ticket will be watched. */
    public void consentForBooking(QueueEngine e, String bookingCode, PhoneKept phone, int aheadAt) {
        e.noteMessage(EventType.NOTIFY_CONSENTED, null, new Consent(aheadAt, phone.holder(), false, bookingCode).detail());
    }

    /** On the hall's writer: the consent of ticket {@code id} is withdrawn; its holder key, to forget the phone. */
    public Function<QueueEngine, String> withdraw(String ticketId) {
        return e -> {
            e.ticketNow(ticketId).orElseThrow(() -> Refusal.notFound("没有此号 / No ticket " + ticketId));
            String holder = watches.holderOf(ticketId);
            if (holder == null) {
                throw Refusal.notFound("此号未登记提醒 / No messages were asked for on this ticket");
            }
            e.noteMessage(EventType.NOTIFY_WITHDRAWN, ticketId, holder);
            return holder;
        };
    }

    /** After a withdrawal is committed: the phone goes. */
    public void forgetPhone(String holder) {
        store.changeSettings(c -> {
            phones.forget(c, holder);
            return null;
        });
    }

    /** The masked phone a ticket's messages go to, or null when none were asked for. */
    public String maskedPhoneOf(String holder) {
        return holder == null ? null : store.readSettings(c -> phones.find(c, holder).map(PhoneRows.Phone::masked)
                .orElse(null));
    }

    /** On the hall's writer: the holder key of ticket {@code id}'s consent, or null. */
    public Function<QueueEngine, String> holderOf(String ticketId) {
        return e -> {
            e.ticketNow(ticketId).orElseThrow(() -> Refusal.notFound("没有此号 / No ticket " + ticketId));
            return watches.holderOf(ticketId);
        };
    }

    /** For managers: how many messages decided in [from, to) are in each state, and the latest of them. */
    public Report report(Instant from, Instant to, String state, int atMost) {
        return store.readSettings(c -> new Report(rules.adapter(), rows.counts(c, from, to),
                rows.between(c, from, to, state, atMost)));
    }

    public record Report(String adapter, Map<String, Integer> counts, List<Delivery> messages) {
    }

    private void refuseWhenOff() {
        if (!rules.enabled()) {
            throw Refusal.conflict("对不起，本厅未开通短信提醒 / Sorry, this hall sends no messages");
        }
    }

    private static String holderKey() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Override
    public void close() {
        if (outbox != null) {
            outbox.close();
        }
    }
}
