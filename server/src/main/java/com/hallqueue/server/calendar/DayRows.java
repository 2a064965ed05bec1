package com.hallqueue.server.calendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The calendar in {@code hall_day}; dates as ISO text, which sorts as the dates do, on H2 and PostgreSQL alike. */
final class DayRows {

    List<HallDay> all(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM hall_day ORDER BY hall_date")) {
            return read(p);
        }
    }

    List<HallDay> year(Connection c, int year) throws SQLException {
        String sql = "SELECT * FROM hall_day WHERE hall_date >= ? AND hall_date <= ? ORDER BY hall_date";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, LocalDate.of(year, 1, 1).toString());
            p.setString(2, LocalDate.of(year, 12, 31).toString());
            return read(p);
        }
    }

    Optional<HallDay> find(Connection c, LocalDate date) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM hall_day WHERE hall_date = ?")) {
            p.setString(1, date.toString());
            return read(p).stream().findFirst();
        }
    }

    void put(Connection c, HallDay day, Instant at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM hall_day WHERE hall_date = ?")) {
            p.setString(1, day.date().toString());
            p.executeUpdate();
        }
        String sql = "INSERT INTO hall_day (hall_date, kind, name, changed_at) VALUES (?,?,?,?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, day.date().toString());
            p.setString(2, day.kind().name());
            p.setString(3, day.name());
            p.setLong(4, at.toEpochMilli());
            p.executeUpdate();
        }
    }

    private static List<HallDay> read(PreparedStatement p) throws SQLException {
        List<HallDay> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new HallDay(LocalDate.parse(rs.getString("hall_date")), DayKind.valueOf(rs.getString("kind")),
                        rs.getString("name")));
            }
        }
        return out;
    }
}
