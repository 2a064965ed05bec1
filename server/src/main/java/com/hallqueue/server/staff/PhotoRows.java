package com.hallqueue.server.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Members' photos in {@code staff_photo}, one per badge. */
final class PhotoRows {

    Optional<StaffPhoto> find(Connection c, String badge) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT media_type, content, changed_at FROM staff_photo WHERE badge = ?")) {
            p.setString(1, badge);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new StaffPhoto(rs.getString(1), rs.getBytes(2),
                        Instant.ofEpochMilli(rs.getLong(3)))) : Optional.empty();
            }
        }
    }

    /** When {@code badge}'s photo was put in, without reading it. */
    Optional<Instant> changedAt(Connection c, String badge) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT changed_at FROM staff_photo WHERE badge = ?")) {
            p.setString(1, badge);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
            }
        }
    }

    /** Replaces any photo of {@code badge}: delete and insert, the same on H2 and PostgreSQL. */
    void put(Connection c, String badge, StaffPhoto photo) throws SQLException {
        delete(c, badge);
        String sql = "INSERT INTO staff_photo (badge, media_type, content, changed_at) VALUES (?,?,?,?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, badge);
            p.setString(2, photo.mediaType());
            p.setBytes(3, photo.content());
            p.setLong(4, photo.changedAt().toEpochMilli());
            p.executeUpdate();
        }
    }

    boolean delete(Connection c, String badge) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM staff_photo WHERE badge = ?")) {
            p.setString(1, badge);
            return p.executeUpdate() > 0;
        }
    }
}
