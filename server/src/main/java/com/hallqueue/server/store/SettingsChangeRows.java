package com.hallqueue.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Which settings changes the database holds, and writing again those it lost. */
final class SettingsChangeRows {

    long lastApplied(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT last_seq FROM settings_applied WHERE id = 1");
             ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    void markApplied(Connection c, long seq) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE settings_applied SET last_seq = ? WHERE id = 1")) {
            p.setLong(1, seq);
            p.executeUpdate();
        }
    }

    /** Writes again, in order, the changes numbered above the last this database applied. */
    void applyMissing(Connection c, List<SettingsChange> journaled) throws SQLException {
        long last = lastApplied(c);
        List<SettingsChange> missing = journaled.stream().filter(s -> s.seq() > last).toList();
        if (missing.isEmpty()) {
            return;
        }
        LoggerFactory.getLogger(SettingsChangeRows.class).warn("recovering {} settings changes from the journal",
                missing.size());
        for (SettingsChange change : missing) {
            for (SettingsChange.Written w : change.statements()) {
                w.runAgain(c);
            }
            markApplied(c, change.seq());
        }
    }
}
