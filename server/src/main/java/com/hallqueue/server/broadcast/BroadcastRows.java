package com.hallqueue.server.broadcast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** Broadcasts in {@code hall_broadcast}: one row each, cleared ones kept for the record. */
final class BroadcastRows {

    /** The newest broadcast no manager cleared, whether or not its end has passed. */
    Optional<Broadcast> newestUncleared(Connection c) throws SQLException {
        String sql = "SELECT * FROM hall_broadcast WHERE cleared_at IS NULL ORDER BY id DESC";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setMaxRows(1);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    long insert(Connection c, BroadcastKind kind, String text, Instant at, String by, Instant until)
            throws SQLException {
        // The id is the next after the highest, not the database's identity: written again from
        // the journal after a crash, the insert gives the broadcast the id it was answered with.
        String sql = "INSERT INTO hall_broadcast (id, kind, message, started_at, started_by, until_at)"
                + " VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM hall_broadcast), ?,?,?,?,?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, kind.name());
            p.setString(2, text);
            p.setLong(3, at.toEpochMilli());
            p.setString(4, by);
            if (until == null) {
                p.setNull(5, Types.BIGINT);
            } else {
                p.setLong(5, until.toEpochMilli());
            }
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT MAX(id) FROM hall_broadcast");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Clears every broadcast still up: a new one replaces the old, and clearing takes all down. */
    void clearAll(Connection c, Instant at, String by) throws SQLException {
        String sql = "UPDATE hall_broadcast SET cleared_at = ?, cleared_by = ? WHERE cleared_at IS NULL";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, at.toEpochMilli());
            p.setString(2, by);
            p.executeUpdate();
        }
    }

    private static Broadcast read(ResultSet rs) throws SQLException {
        long until = rs.getLong("until_at");
        Instant end = rs.wasNull() ? null : Instant.ofEpochMilli(until);
        String text = rs.getString("message");
        return new Broadcast(rs.getLong("id"), BroadcastKind.valueOf(rs.getString("kind")), text == null ? "" : text,
                Instant.ofEpochMilli(rs.getLong("started_at")), end);
    }
}
