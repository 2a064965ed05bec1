package com.hallqueue.server.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
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
 * take in is read from the event log by number, so one that is missed (the connection
 * dropped, the server was busy) loses nothing: every hall that someone on this server
 * follows is also rung every {@link #EVERY}. A hall nobody follows here is not: it takes in
 * the others' commits when it is next asked, and with two hundred halls on a server the
 * half-second look at each was most of an idle server's work.
 */
final class CommitBell implements AutoCloseable {

    static final Duration EVERY = Duration.ofMillis(500);
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
                    backoff = Math.min(backoff * 2, EVERY.toMillis());
                }
            }
        }
    }

    /** Listens until the connection fails or the bell is closed; halls registered meanwhile join in. */
    private void listen(Connection c) throws SQLException {
        Set<String> listening = new HashSet<>();
        PGConnection pg = c.unwrap(PGConnection.class);
        long rungAll = System.nanoTime();
        while (running) {
            for (String channel : halls.keySet()) {
                if (listening.add(channel)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("LISTEN \"" + channel + "\"");
                    }
                }
            }
            PGNotification[] news = pg.getNotifications((int) EVERY.toMillis());
            if (System.nanoTime() - rungAll >= EVERY.toNanos()) {
                ringAll(); // also the halls whose notification was missed while others kept it busy
                rungAll = System.nanoTime();
            } else if (news != null) {
                ring(news);
            }
            if ((news == null || news.length == 0) && !c.isValid(1)) {
                return;
            }
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
