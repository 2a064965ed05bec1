package com.hallqueue.server.store;

import com.hallqueue.server.retries.KeptAnswer;
import com.hallqueue.server.retries.RetryKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;

/** The answers kept for retries ({@code Idempotency-Key}), by caller and key. */
final class AnswerRows {

    void insert(Connection c, Collection<KeptAnswer> answers) throws SQLException {
        if (answers.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO kept_answer (caller, idem_key, request_hash, status, content_type, body,"
                + " answered_at) VALUES (?,?,?,?,?,?,?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (KeptAnswer a : answers) {
                p.setString(1, a.key().caller());
                p.setString(2, a.key().key());
                p.setString(3, a.key().requestHash());
                p.setInt(4, a.statusCode());
                p.setString(5, a.contentType());
                p.setString(6, Base64.getEncoder().encodeToString(a.body()));
                p.setLong(7, a.at().toEpochMilli());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Recovery commits a journal's batches again; an answer the database already holds stays as it is. */
    void insertMissing(Connection c, Collection<KeptAnswer> answers) throws SQLException {
        for (KeptAnswer a : answers) {
            if (find(c, a.key()).isEmpty()) {
                insert(c, java.util.List.of(a));
            }
        }
    }

    Optional<KeptAnswer> find(Connection c, RetryKey key) throws SQLException {
        String sql = "SELECT request_hash, status, content_type, body, answered_at FROM kept_answer"
                + " WHERE caller = ? AND idem_key = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, key.caller());
            p.setString(2, key.key());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new KeptAnswer(new RetryKey(key.caller(), key.key(), rs.getString(1)),
                        rs.getInt(2), rs.getString(3), Base64.getDecoder().decode(rs.getString(4)),
                        Instant.ofEpochMilli(rs.getLong(5))));
            }
        }
    }

    int forgetBefore(Connection c, Instant before) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM kept_answer WHERE answered_at < ?")) {
            p.setLong(1, before.toEpochMilli());
            return p.executeUpdate();
        }
    }
}
