package com.hallqueue.server.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each hall of this server when another server has committed to it: PostgreSQL
 * {@code LISTEN} on every hall's channel, on one connection of its own for the whole
 * server, so dozens of halls cost one connection. A notification only says "look"; what to
 * take in is read from the event log by number, so a missed one loses nothing, only time.
 *
 * <p>While the connection lives, PostgreSQL delivers every notification made after the
 * {@code LISTEN}; what can be missed is a commit made while this server was not listening
 * (at start, after the connection dropped), and one whose server died between its commit
 * and its notification (the ring is sent after the commit, so the hall's lock is not held
 * for it). So every hall that someone on this server follows is rung as soon as the
 * listening begins, and again every {@link #SAFETY_RING} for the second case. Each ring is a
 * read of the hall's event log in a transaction of its own: at every half second, as this
 * bell once rang, a city of two hundred halls on three servers spent three of every four
 * of its database's transactions on rings that found nothing new. A hall nobody follows
 * here is not rung at all: it takes in the others' commits when it is next asked.
 */
final class CommitBell implements AutoCloseable {

    /** How long a notification is waited for before the connection is checked and the safety ring is considered. */
    static final Duration WAIT = Duration.ofMillis(500);
    static final Duration SAFETY_RING = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(CommitBell.class);

    private final String jdbcUrl;
    private final Map<String, Listener> halls = new ConcurrentHashMap<>();

    /** One hall's ring, and whether anyone on this server follows it. */
    private record Listener(Runnable onCommit, java.util.function.BooleanSupplier followed) {
    }
    private final Thread thread;
    private volatile boolean running = true;

    CommitBell(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        this.thread = new Thread(this::loop, "commit-bell");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Rings {@code onCommit} for commits on {@code channel}, until the returned handle is closed. */
    AutoCloseable register(String channel, Runnable onCommit, java.util.function.BooleanSupplier followed) {
        halls.put(channel, new Listener(onCommit, followed));
        return () -> halls.remove(channel);
    }

    private void loop() {
        long backoff = 100;
        while (running) {
            try (Connection c = DriverManager.getConnection(jdbcUrl)) {
                backoff = 100;
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("listening for other servers' commits failed; polling until it is back: {}", e.getMessage());
                    ringAll();
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backoff));
                    backoff = Math.min(backoff * 2, WAIT.toMillis());
                }
            }
        }
    }

    /**
     * Listens until the connection fails or the bell is closed; halls registered meanwhile
     * join in, and each hall is rung once its {@code LISTEN} is in place, for what was
     * committed before.
     */
    private void listen(Connection c) throws SQLException {
        Set<String> listening = new HashSet<>();
        PGConnection pg = c.unwrap(PGConnection.class);
        long rungAll = System.nanoTime();
        while (running) {
            List<String> joined = new ArrayList<>();
            for (String channel : halls.keySet()) {
                if (listening.add(channel)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("LISTEN \"" + channel + "\"");
                    }
                    joined.add(channel);
                }
            }
            joined.forEach(this::ringIfFollowed);
            PGNotification[] news = pg.getNotifications((int) WAIT.toMillis());
            if (news != null) {
                ring(news);
            }
            if (System.nanoTime() - rungAll >= SAFETY_RING.toNanos()) {
                ringAll();
                rungAll = System.nanoTime();
            }
            if ((news == null || news.length == 0) && !c.isValid(1)) {
                return;
            }
        }
    }

    private void ringIfFollowed(String channel) {
        Listener hall = halls.get(channel);
        if (hall != null && hall.followed().getAsBoolean()) {
            hall.onCommit().run();
        }
    }

    private void ring(PGNotification[] news) {
        Set<String> rung = new HashSet<>();
        for (PGNotification n : news) {
            Listener hall = halls.get(n.getName());
            if (hall != null && rung.add(n.getName())) {
                hall.onCommit().run();
            }
        }
    }

    private void ringAll() {
        halls.values().stream().filter(h -> h.followed().getAsBoolean()).forEach(h -> h.onCommit().run());
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
