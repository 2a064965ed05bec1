package com.hallqueue.server.broadcast;

import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.settings.SettingChange;
import com.hallqueue.server.settings.SettingChanges;
import com.hallqueue.server.store.HallStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hall's emergency broadcast (紧急情况): a manager sends one to every screen and the voice
 * at once, and it stays up until a manager clears it or its end passes. It is kept in the
 * store before anyone is told, so a screen that connects later, or a server started again,
 * shows it too; every send and clear is audited. Telling the screens is the caller's part
 * (an event of the hall's stream), after this has kept it.
 */
public final class EmergencyBroadcast {

    /** Fits the event's detail with the broadcast's id, kind and times ({@link Broadcast#detail()}). */
    static final int TEXT_LONGEST = 120;
    /** An end further off than this is a typing mistake: an emergency is cleared by hand. */
    static final Duration LONGEST_UNTIL = Duration.ofDays(7);

    private final HallStore store;
    private final Clock clock;
    private final BroadcastRows rows = new BroadcastRows();
    private final SettingChanges changes = new SettingChanges();

    public EmergencyBroadcast(HallStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The broadcast on the screens now, if any. */
    public Optional<Broadcast> current() {
        Instant now = clock.instant();
        return store.readSettings(rows::newestUncleared).filter(b -> b.liveAt(now));
    }

    /** Puts a broadcast up, in place of any still up; kept and audited before it returns. */
    public Broadcast send(String by, String kind, String text, String until) {
        Instant now = clock.instant();
        BroadcastKind k = kind(kind);
        String t = text(k, text);
        Instant end = until(until, now);
        return store.changeSettings(c -> {
            rows.clearAll(c, now, by);
            long id = rows.insert(c, k, t, now, by, end);
            Broadcast sent = new Broadcast(id, k, t, now, end);
            audit(c, by, "broadcast.started", sent);
            return sent;
        });
    }

    /** Takes down the broadcast still up (its end may have passed); refused when none is. */
    public Broadcast clear(String by) {
        Instant now = clock.instant();
        return store.changeSettings(c -> {
            Broadcast up = rows.newestUncleared(c).orElseThrow(() -> Refusal.notFound(
                    "没有正在播出的紧急广播 / No emergency broadcast is up"));
            rows.clearAll(c, now, by);
            audit(c, by, "broadcast.cleared", up);
            return up;
        });
    }

    private void audit(Connection c, String by, String action, Broadcast b) throws SQLException {
        changes.insert(c, new SettingChange(clock.instant(), by, action, "broadcast " + b.id(),
                b.kind().name() + " " + b.text()));
    }

    private static BroadcastKind kind(String given) {
        try {
            return BroadcastKind.valueOf(given == null ? "" : given);
        } catch (IllegalArgumentException e) {
            String all = Arrays.stream(BroadcastKind.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw Refusal.badInput("kind", "须为 " + all + " 之一 / Must be one of " + all);
        }
    }

    /** One line of plain text; an urgent notice says nothing without it. */
    private static String text(BroadcastKind kind, String given) {
        String t = given == null ? "" : given.strip();
        if (t.length() > TEXT_LONGEST || t.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.badInput("text", "内容须为一行，至多" + TEXT_LONGEST + "个字符 / The text must be one line of at most "
                    + TEXT_LONGEST + " characters");
        }
        if (t.isEmpty() && kind == BroadcastKind.NOTICE) {
            throw Refusal.badInput("text", "紧急通知须有内容 / An urgent notice needs its text");
        }
        return t;
    }

    private static Instant until(String given, Instant now) {
        if (given == null || given.isBlank()) {
            return null;
        }
        Instant end;
        try {
            end = Instant.parse(given);
        } catch (DateTimeParseException e) {
            throw Refusal.badInput("until", "须为时间，如 2026-12-04T10:00:00Z / Must be an instant such as 2026-12-04T10:00:00Z");
        }
        if (!end.isAfter(now) || end.isAfter(now.plus(LONGEST_UNTIL))) {
            throw Refusal.badInput("until", "须在此后7天之内 / Must be later than now and within 7 days");
        }
        return end;
    }
}
