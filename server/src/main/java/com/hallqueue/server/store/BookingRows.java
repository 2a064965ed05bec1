package com.hallqueue.server.store;

import com.hallqueue.server.appointments.Booking;
import com.hallqueue.server.appointments.BookingStatus;
import com.hallqueue.server.appointments.Slot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Appointments: each booking's latest state, written with its event, read back at start. */
final class BookingRows {

    private static final String UPDATE = "UPDATE appointment SET status=?, changed_at=?, ticket_id=? WHERE code=?";
    private static final String INSERT = "INSERT INTO appointment (status, changed_at, ticket_id, code, service,"
            + " slot_start, slot_end, masked_name, masked_phone, phone_key, booked_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)";

    void save(Connection c, Collection<Booking> bookings) throws SQLException {
        if (bookings.isEmpty()) {
            return;
        }
        try (PreparedStatement u = c.prepareStatement(UPDATE); PreparedStatement i = c.prepareStatement(INSERT)) {
            for (Booking b : bookings) {
                if (change(u, b).executeUpdate() == 0) {
                    insert(change(i, b), b).executeUpdate();
                }
            }
        }
    }

    private static PreparedStatement change(PreparedStatement p, Booking b) throws SQLException {
        p.setString(1, b.status().name());
        p.setLong(2, b.changedAt().toEpochMilli());
        p.setString(3, b.ticketId());
        p.setString(4, b.code());
        return p;
    }

    private static PreparedStatement insert(PreparedStatement p, Booking b) throws SQLException {
        p.setString(5, b.service());
        p.setTimestamp(6, Timestamp.valueOf(b.slot().start()));
        p.setTimestamp(7, Timestamp.valueOf(b.slot().end()));
        p.setString(8, b.maskedName());
        p.setString(9, b.maskedPhone());
        p.setString(10, b.phoneKey());
        p.setLong(11, b.bookedAt().toEpochMilli());
        return p;
    }

    /** Bookings of the days from {@code since} on, and any still booked from before. */
    List<Booking> from(Connection c, LocalDate since) throws SQLException {
        String sql = "SELECT * FROM appointment WHERE slot_start >= ? OR status = 'BOOKED'";
        List<Booking> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setTimestamp(1, Timestamp.valueOf(since.atStartOfDay()));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(booking(rs));
                }
            }
        }
        return out;
    }

    private static Booking booking(ResultSet rs) throws SQLException {
        Slot slot = new Slot(rs.getString("service"), rs.getTimestamp("slot_start").toLocalDateTime(),
                rs.getTimestamp("slot_end").toLocalDateTime());
        return new Booking(rs.getString("code"), slot, rs.getString("masked_name"), rs.getString("masked_phone"),
                rs.getString("phone_key"), BookingStatus.valueOf(rs.getString("status")),
                Instant.ofEpochMilli(rs.getLong("booked_at")), Instant.ofEpochMilli(rs.getLong("changed_at")),
                rs.getString("ticket_id"));
    }
}
