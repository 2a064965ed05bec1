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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Where an answer is kept: by caller and key, whatever the request it answered. */
    static String slot(RetryKey key) {
        return key.caller() + '\n' + key.key();
    }

    /**
     * The answers kept for any of {@code keys}, by {@link #slot}: one query for a whole batch
     * of the writer rather than one per request. Asked by the whole primary key as row values,
     * which H2 and PostgreSQL both look up in the key's index (by the caller alone, H2 would
     * scan that caller's day of keys).
     */
    Map<String, KeptAnswer> findAll(Connection c, Collection<RetryKey> keys) throws SQLException {
        Map<String, KeptAnswer> found = new HashMap<>();
        List<RetryKey> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += 100) {
            List<RetryKey> chunk = all.subList(from, Math.min(all.size(), from + 100));
            String sql = "SELECT caller, idem_key, request_hash, status, content_type, body, answered_at"
                    + " FROM kept_answer WHERE (caller, idem_key) IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "(?,?)")) + ")";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(2 * i + 1, chunk.get(i).caller());
                    p.setString(2 * i + 2, chunk.get(i).key());
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        KeptAnswer a = answerAt(rs, new RetryKey(rs.getString(1), rs.getString(2), rs.getString(3)));
                        found.put(slot(a.key()), a);
                    }
                }
            }
        }
        return found;
    }

    private static KeptAnswer answerAt(ResultSet rs, RetryKey key) throws SQLException {
        return new KeptAnswer(key, rs.getInt("status"), rs.getString("content_type"),
                Base64.getDecoder().decode(rs.getString("body")), Instant.ofEpochMilli(rs.getLong("answered_at")));
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
