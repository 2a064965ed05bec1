package com.hallqueue.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the schema up to date at start: each script {@code db/V<n>__*.sql} runs once, in
 * order, in its own transaction, and is recorded in {@code schema_version}.
 */
final class Migrations {

    /** The scripts in order; a new schema version is a new line here and a new file. */
    private static final List<String> SCRIPTS = List.of("V1__hall.sql", "V2__printing.sql", "V3__appointments.sql");

    void apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
        }
        int current = currentVersion(c);
        for (int v = current + 1; v <= SCRIPTS.size(); v++) {
            applyOne(c, v, SCRIPTS.get(v - 1));
        }
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    private int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void applyOne(Connection c, int version, String script) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(read(script))) {
                s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                p.setInt(1, version);
                p.setLong(2, System.currentTimeMillis());
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static List<String> statements(String script) {
        StringBuilder sql = new StringBuilder();
        script.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> sql.append(l).append('\n'));
        List<String> out = new ArrayList<>();
        for (String part : sql.toString().split(";\\s*\\n")) {
            if (!part.isBlank()) {
                out.add(part.strip().replaceAll(";$", ""));
            }
        }
        return out;
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("schema script " + script + " is missing from the jar", e);
        }
    }
}
