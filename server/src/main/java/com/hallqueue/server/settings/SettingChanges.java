package com.hallqueue.server.settings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail of the settings managers change while the hall runs (staff, the calendar),
 * in {@code setting_change}: written in the same transaction as the change it records.
 */
public final class SettingChanges {

    public void insert(Connection c, SettingChange change) throws SQLException {
        String sql = "INSERT INTO setting_change (occurred_at, badge, action, subject, detail) VALUES (?,?,?,?,?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, change.at().toEpochMilli());
            p.setString(2, change.badge());
            p.setString(3, change.action());
            p.setString(4, change.subject());
            p.setString(5, change.detail());
            p.executeUpdate();
        }
    }

    /**
     * The newest change recorded with {@code action}, 0 for none: ids only grow, so a server
     * tells by it, cheaply and whatever the clocks say, that another server changed a setting.
     */
    public long lastOf(Connection c, String action) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM setting_change WHERE action = ?")) {
            p.setString(1, action);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public List<SettingChange> between(Connection c, Instant from, Instant to) throws SQLException {
        String sql = "SELECT * FROM setting_change WHERE occurred_at >= ? AND occurred_at < ? ORDER BY id";
        List<SettingChange> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, from.toEpochMilli());
            p.setLong(2, to.toEpochMilli());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new SettingChange(Instant.ofEpochMilli(rs.getLong("occurred_at")), rs.getString("badge"),
                            rs.getString("action"), rs.getString("subject"), rs.getString("detail")));
                }
            }
        }
        return out;
    }
}
