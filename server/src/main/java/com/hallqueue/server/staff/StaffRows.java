package com.hallqueue.server.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The hall's staff in {@code staff_member}. */
final class StaffRows {

    List<KeptMember> all(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM staff_member ORDER BY badge")) {
            return read(p);
        }
    }

    Optional<KeptMember> find(Connection c, String badge) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM staff_member WHERE badge = ?")) {
            p.setString(1, badge);
            return read(p).stream().findFirst();
        }
    }

    void insert(Connection c, KeptMember m, Instant at) throws SQLException {
        String sql = "INSERT INTO staff_member (name, role, password_hash, active, file_entry, changed_at, title,"
                + " badge) VALUES (?,?,?,?,?,?,?,?)";
        write(c, sql, m, at);
    }

    void update(Connection c, KeptMember m, Instant at) throws SQLException {
        String sql = "UPDATE staff_member SET name = ?, role = ?, password_hash = ?, active = ?, file_entry = ?,"
                + " changed_at = ?, title = ? WHERE badge = ?";
        write(c, sql, m, at);
    }

    private static void write(Connection c, String sql, KeptMember m, Instant at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, m.name());
            p.setString(2, m.role());
            p.setString(3, m.passwordHash());
            p.setBoolean(4, m.active());
            p.setString(5, m.fileEntry());
            p.setLong(6, at.toEpochMilli());
            p.setString(7, m.title());
            p.setString(8, m.badge());
            p.executeUpdate();
        }
    }

    private static List<KeptMember> read(PreparedStatement p) throws SQLException {
        List<KeptMember> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new KeptMember(rs.getString("badge"), rs.getString("name"), rs.getString("role"),
                        rs.getString("password_hash"), rs.getBoolean("active"), rs.getString("file_entry"),
                        rs.getString("title")));
            }
        }
        return out;
    }
}
