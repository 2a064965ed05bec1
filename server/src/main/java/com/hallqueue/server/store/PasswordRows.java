package com.hallqueue.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Staff password hashes made stronger at login, each valid only over the file's hash it replaces. */
final class PasswordRows {

    Optional<String> find(Connection c, String badge, String replaces) throws SQLException {
        String sql = "SELECT password_hash FROM staff_password WHERE badge = ? AND replaces = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, badge);
            p.setString(2, replaces);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void save(Connection c, String badge, String replaces, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM staff_password WHERE badge = ?")) {
            p.setString(1, badge);
            p.executeUpdate();
        }
        String sql = "INSERT INTO staff_password (badge, replaces, password_hash) VALUES (?,?,?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, badge);
            p.setString(2, replaces);
            p.setString(3, hash);
            p.executeUpdate();
        }
    }
}
