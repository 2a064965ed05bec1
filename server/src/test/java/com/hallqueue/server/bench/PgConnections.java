package com.hallqueue.server.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Connections to the city's database as PostgreSQL counts them ({@code pg_stat_activity}),
 * this counter's own connection left out; a background look every 200 ms keeps the highest
 * count seen since the last {@link #resetPeak()}.
 */
final class PgConnections implements AutoCloseable {

    private static final String COUNT = "SELECT count(*), count(*) FILTER (WHERE state = 'active')"
            + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";

    record Count(int all, int active) {
    }

    private final Connection connection;
    private final Thread sampler;
    private volatile boolean running = true;
    private int peak;
    private int peakActive;

    PgConnections(String jdbcUrl) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl);
        sampler = new Thread(this::sample, "pg-connections");
        sampler.setDaemon(true);
        sampler.start();
    }

    synchronized Count now() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(COUNT)) {
            r.next();
            Count c = new Count(r.getInt(1), r.getInt(2));
            peak = Math.max(peak, c.all());
            peakActive = Math.max(peakActive, c.active());
            return c;
        }
    }

    /** The server's version and its {@code max_connections}, shared by everything that uses the cluster. */
    synchronized String settings() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT current_setting('server_version'), current_setting('max_connections')")) {
            r.next();
            return "PostgreSQL " + r.getString(1) + ", max_connections " + r.getString(2);
        }
    }

    synchronized Count peak() {
        return new Count(peak, peakActive);
    }

    synchronized void resetPeak() {
        peak = 0;
        peakActive = 0;
    }

    private void sample() {
        while (running) {
            try {
                now();
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (SQLException e) {
                if (running) {
                    System.err.println("pg_stat_activity: " + e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        running = false;
        sampler.interrupt();
        sampler.join(2000);
        connection.close();
    }
}
