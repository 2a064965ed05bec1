package com.hallqueue.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Staff logins, by the hash of their token. */
final class SessionRows {

    void insert(Connection c, StoredSession s) throws SQLException {
        String sql = "INSERT INTO staff_session (token_hash, badge, role, issued_at, expires_at, revoked)"
                + " VALUES (?,?,?,?,?,?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, s.tokenHash());
            p.setString(2, s.badge());
            p.setString(3, s.role());
            p.setLong(4, s.issuedAt().toEpochMilli());
            p.setLong(5, s.expiresAt().toEpochMilli());
            p.setBoolean(6, s.revoked());
            p.executeUpdate();
        }
    }

    Optional<StoredSession> find(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM staff_session WHERE token_hash = ?")) {
            p.setString(1, tokenHash);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredSession(rs.getString("token_hash"), rs.getString("badge"),
                        rs.getString("role"), Instant.ofEpochMilli(rs.getLong("issued_at")),
                        Instant.ofEpochMilli(rs.getLong("expires_at")), rs.getBoolean("revoked")));
            }
        }
    }

    void revoke(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE staff_session SET revoked = TRUE WHERE token_hash = ?")) {
            p.setString(1, tokenHash);
            p.executeUpdate();
        }
    }

    void revokeAll(Connection c, String badge, Instant before) throws SQLException {
        String sql = "UPDATE staff_session SET revoked = TRUE WHERE badge = ? AND issued_at <= ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, badge);
            p.setLong(2, before.toEpochMilli());
            p.executeUpdate();
        }
    }

    void deleteExpired(Connection c, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM staff_session WHERE expires_at < ?")) {
            p.setLong(1, now.toEpochMilli());
            p.executeUpdate();
        }
    }
}
