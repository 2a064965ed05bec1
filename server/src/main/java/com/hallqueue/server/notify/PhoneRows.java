package com.hallqueue.server.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The phones citizens gave, in {@code notify_phone}, under their holder keys. */
final class PhoneRows {

    record Phone(String phone, String masked) {
    }

    void keep(Connection c, String holder, String phone, String masked, Instant at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO notify_phone (holder, phone, masked_phone, kept_at) VALUES (?, ?, ?, ?)")) {
            p.setString(1, holder);
            p.setString(2, phone);
            p.setString(3, masked);
            p.setLong(4, at.toEpochMilli());
            p.executeUpdate();
        }
    }

    Optional<Phone> find(Connection c, String holder) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT phone, masked_phone FROM notify_phone WHERE holder = ?")) {
            p.setString(1, holder);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new Phone(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    void forget(Connection c, String holder) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM notify_phone WHERE holder = ?")) {
            p.setString(1, holder);
            p.executeUpdate();
        }
    }

    /**
     * Forgets phones no longer needed: those whose call message is done with (nothing is sent
     * after it), and every phone kept before {@code before}, whatever became of it.
     */
    int forgetUnneeded(Connection c, Instant before) throws SQLException {
        String sql = "DELETE FROM notify_phone WHERE kept_at < ? OR holder IN (SELECT o.holder FROM notify_outbox o"
                + " WHERE o.kind = 'CALLED' AND o.state IN ('SENT', 'FAILED', 'DROPPED'))";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, before.toEpochMilli());
            return p.executeUpdate();
        }
    }
}
