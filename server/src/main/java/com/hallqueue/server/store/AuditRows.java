package com.hallqueue.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit trail of staff logins, failed logins and logouts. */
final class AuditRows {

    void insert(Connection c, AuditEntry e) throws SQLException {
        String sql = "INSERT INTO staff_audit (occurred_at, badge, action, address) VALUES (?,?,?,?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, e.at().toEpochMilli());
            p.setString(2, e.badge());
            p.setString(3, e.action());
            p.setString(4, e.address());
            p.executeUpdate();
        }
    }

    /**
     * Inserts {@code e} unless the same line is there already: at start, the journal's lines
     * are applied again. Two identical attempts in the same millisecond count as one.
     */
    void insertMissing(Connection c, AuditEntry e) throws SQLException {
        String sql = "SELECT 1 FROM staff_audit WHERE occurred_at = ? AND badge = ? AND action = ?"
                + " AND address IS NOT DISTINCT FROM ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, e.at().toEpochMilli());
            p.setString(2, e.badge());
            p.setString(3, e.action());
            p.setString(4, e.address());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        insert(c, e);
    }

    List<AuditEntry> between(Connection c, Instant from, Instant to) throws SQLException {
        String sql = "SELECT * FROM staff_audit WHERE occurred_at >= ? AND occurred_at < ? ORDER BY id";
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, from.toEpochMilli());
            p.setLong(2, to.toEpochMilli());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(Instant.ofEpochMilli(rs.getLong("occurred_at")), rs.getString("badge"),
                            rs.getString("action"), rs.getString("address")));
                }
            }
        }
        return out;
    }
}
