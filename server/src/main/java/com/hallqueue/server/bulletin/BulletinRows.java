package com.hallqueue.server.bulletin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The hall's notices in {@code hall_notice}. */
final class BulletinRows {

    List<Bulletin> all(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM hall_notice ORDER BY position, id")) {
            return read(p);
        }
    }

    Optional<Bulletin> find(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM hall_notice WHERE id = ?")) {
            p.setLong(1, id);
            return read(p).stream().findFirst();
        }
    }

    /**
     * Adds {@code n} after every other notice, with the next id after the highest. The id is
     * worked out here rather than by the database's identity, so that the same insert written
     * again from the journal after a crash gives the notice the id it was answered with.
     */
    long insert(Connection c, Bulletin n, Instant at) throws SQLException {
        String sql = "INSERT INTO hall_notice (id, kind, title, body, position, changed_at)"
                + " VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM hall_notice), ?, ?, ?,"
                + " (SELECT COALESCE(MAX(position), 0) + 1 FROM hall_notice), ?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, n.kind());
            p.setString(2, n.title());
            p.setString(3, n.body());
            p.setLong(4, at.toEpochMilli());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT MAX(id) FROM hall_notice");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void update(Connection c, Bulletin n, Instant at) throws SQLException {
        String sql = "UPDATE hall_notice SET kind = ?, title = ?, body = ?, position = ?, changed_at = ? WHERE id = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, n.kind());
            p.setString(2, n.title());
            p.setString(3, n.body());
            p.setInt(4, n.position());
            p.setLong(5, at.toEpochMilli());
            p.setLong(6, n.id());
            p.executeUpdate();
        }
    }

    void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM hall_notice WHERE id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    private static List<Bulletin> read(PreparedStatement p) throws SQLException {
        List<Bulletin> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new Bulletin(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("body"),
                        rs.getInt("position")));
            }
        }
        return out;
    }
}
