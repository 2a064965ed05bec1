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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the schema up to date at start: each script {@code db/V<n>__*.sql} not yet recorded
 * in {@code schema_version} runs once, by its version number, in its own transaction. Versions
 * may have gaps (a branch's V4 before another's V3): a script is applied when its own version
 * is missing, not only when it is above the highest applied.
 *
 * <p>Every script can run again over its own partial work ({@code IF NOT EXISTS}, guarded
 * inserts): H2 commits each DDL statement by itself, so a crash or a power cut in the middle
 * of a script can leave some of it done and its version unrecorded, and the next start must
 * finish it rather than fail on a table that already exists.
 */
final class Migrations {

    /** The scripts; a new schema version is a new line here and a new file. */
    private static final List<String> SCRIPTS = List.of("V1__hall.sql", "V2__printing.sql", "V3__appointments.sql",
            "V4__follow_up.sql", "V5__audit.sql", "V6__shared_log.sql", "V7__kept_answers.sql",
            "V8__password_upgrade.sql", "V9__matters.sql", "V10__appraisal.sql", "V11__settings.sql",
            "V12__counter_services.sql", "V13__complaint_escalation.sql", "V14__broadcast.sql",
            "V15__breaks.sql", "V16__notifier.sql", "V17__settings_journal.sql");
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    void apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
        }
        Set<Integer> applied = appliedVersions(c);
        for (Map.Entry<Integer, String> script : byVersion().entrySet()) {
            if (!applied.contains(script.getKey())) {
                applyOne(c, script.getKey(), script.getValue());
            }
        }
    }

    static int latestVersion() {
        return byVersion().lastKey();
    }

    /** The scripts in version order, whatever order they are listed in. */
    static TreeMap<Integer, String> byVersion() {
        TreeMap<Integer, String> out = new TreeMap<>();
        for (String script : SCRIPTS) {
            Matcher m = NAME.matcher(script);
            if (!m.matches() || out.put(Integer.parseInt(m.group(1)), script) != null) {
                throw new IllegalStateException("schema script " + script + " is misnamed or its version repeats");
            }
        }
        return out;
    }

    private Set<Integer> appliedVersions(Connection c) throws SQLException {
        Set<Integer> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
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
