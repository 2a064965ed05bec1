package com.hallqueue.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells this server when another server of its hall has committed: PostgreSQL {@code
 * LISTEN} on the hall's channel, on a connection of its own. A notification only says
 * "look"; what to take in is read from the event log by number, so one that is missed
 * (the connection dropped, the server was busy) loses nothing: the bell also rings every
 * {@link #EVERY} without one.
 */
final class CommitBell implements AutoCloseable {

    static final Duration EVERY = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(CommitBell.class);

    private final Database db;
    private final String channel;
    private final String schema;
    private final Runnable ring;
    private final Thread thread;
    private volatile boolean running = true;

    CommitBell(Database db, String channel, String schema, Runnable ring) {
        this.db = db;
        this.channel = channel;
        this.schema = schema;
        this.ring = ring;
        this.thread = new Thread(this::loop, "commit-bell-" + channel);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        long backoff = 100;
        while (running) {
            try (Connection c = db.dataSource().getConnection()) {
                listen(c);
                backoff = 100;
                while (running) {
                    PGNotification[] news = c.unwrap(PGConnection.class).getNotifications((int) EVERY.toMillis());
                    ring.run();
                    if (news == null && !c.isValid(1)) {
                        break;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("listening for other servers' commits failed; polling until it is back: {}", e.getMessage());
                    ring.run();
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, EVERY.toMillis());
                }
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        if (schema != null) {
            c.setSchema(schema);
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN \"" + channel + "\"");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
