package com.hallqueue.server.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The outbox, {@code notify_outbox}: one row per message decided, with how its delivery goes. */
final class OutboxRows {

    /** A message as the sender takes it from the outbox. */
    record Row(long id, String ticketId, String holder, MessageKind kind, String number, int place, int attempts,
               Instant decidedAt) {
    }

    /** Events with no decision among them that may pile up behind the mark before it is moved past them. */
    private static final long MARK_EVERY = 1000;
    private static final String DUE = "(state = 'PENDING' AND next_at <= ?) OR (state = 'SENDING' AND claim_until < ?)";
    private static final String COLUMNS = "id, ticket_number, kind, place, masked_phone, state, attempts, last_error,"
            + " decided_at, done_at";

    /**
     * Adds a row for every {@code notify.queued} event committed since the outbox's mark, and
     * moves the mark to the end of the log: the decisions were committed with the hall's
     * changes (and are in its journal), the outbox follows them. Returns how many were added.
     */
    int takeDecisions(Connection c, int atMost) throws SQLException {
        // locked: of servers sharing the hall, one at a time brings the outbox up, the next sees its mark
        long mark = single(c, "SELECT seq FROM notify_mark WHERE name = 'outbox' FOR UPDATE");
        long end = single(c, "SELECT COALESCE(MAX(seq), 0) FROM hall_event");
        String sql = "SELECT seq, ticket_id, detail, occurred_at FROM hall_event WHERE seq > ? AND seq <= ?"
                + " AND type = 'notify.queued' ORDER BY seq";
        int added = 0;
        int seen = 0;
        long last = mark;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, mark);
            p.setLong(2, end);
            p.setMaxRows(atMost);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    seen++;
                    last = rs.getLong(1);
                    added += add(c, last, rs.getString(2), Decision.parse(rs.getString(3)), rs.getLong(4));
                }
            }
        }
        long upTo = seen == atMost ? last : end; // a full page: the rest on the next round
        if (seen == 0 && upTo - mark < MARK_EVERY) {
            return 0; // nothing for the outbox: the mark moves now and then, not with every round of a busy hall
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE notify_mark SET seq = ? WHERE name = 'outbox' AND seq < ?")) {
            p.setLong(1, upTo);
            p.setLong(2, upTo);
            p.executeUpdate();
        }
        return added;
    }

    private int add(Connection c, long seq, String ticketId, Decision d, long at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM notify_outbox WHERE id = ?")) {
            p.setLong(1, seq);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return 0;
                }
            }
        }
        String sql = "INSERT INTO notify_outbox (id, ticket_id, holder, kind, ticket_number, place, state, attempts,"
                + " next_at, masked_phone, decided_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?,"
                + " (SELECT masked_phone FROM notify_phone WHERE holder = ?), ?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, seq);
            p.setString(2, ticketId);
            p.setString(3, d.holder());
            p.setString(4, d.kind().name());
            p.setString(5, d.number());
            p.setInt(6, d.place());
            p.setLong(7, at);
            p.setString(8, d.holder());
            p.setLong(9, at);
            return p.executeUpdate();
        }
    }

    /** The ids of messages due now, oldest first: pending ones, and claims a server let lapse. */
    List<Long> due(Connection c, Instant now, int atMost) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM notify_outbox WHERE " + DUE + " ORDER BY id")) {
            p.setLong(1, now.toEpochMilli());
            p.setLong(2, now.toEpochMilli());
            p.setMaxRows(atMost);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * Takes message {@code id} for {@code server} until {@code until}, if it is still due: of
     * servers sharing the hall's database, exactly one sees its update count 1 and sends it.
     */
    Optional<Row> claim(Connection c, long id, String server, Instant now, Instant until) throws SQLException {
        String sql = "UPDATE notify_outbox SET state = 'SENDING', claimed_by = ?, claim_until = ? WHERE id = ? AND (" + DUE + ")";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, server);
            p.setLong(2, until.toEpochMilli());
            p.setLong(3, id);
            p.setLong(4, now.toEpochMilli());
            p.setLong(5, now.toEpochMilli());
            if (p.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        return row(c, id);
    }

    private Optional<Row> row(Connection c, long id) throws SQLException {
        String sql = "SELECT ticket_id, holder, kind, ticket_number, place, attempts, decided_at FROM notify_outbox WHERE id = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(id, rs.getString(1), rs.getString(2), MessageKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), Instant.ofEpochMilli(rs.getLong(7))));
            }
        }
    }

    /** Every claim let go: for a server that keeps its hall alone, at start, when no message can be on its way. */
    int releaseClaims(Connection c) throws SQLException {
        String sql = "UPDATE notify_outbox SET state = 'PENDING', claimed_by = NULL, claim_until = NULL WHERE state = 'SENDING'";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            return p.executeUpdate();
        }
    }

    /** Done with, one way or the other: SENT, FAILED (gave up) or DROPPED (no longer due). */
    void finish(Connection c, long id, String state, int attempts, String error, Instant at) throws SQLException {
        // a message sent after failures keeps its last failure: the manager sees what the gateway did
        String sql = "UPDATE notify_outbox SET state = ?, attempts = ?, last_error = COALESCE(?, last_error), done_at = ?,"
                + " claimed_by = NULL,"
                + " claim_until = NULL WHERE id = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, state);
            p.setInt(2, attempts);
            p.setString(3, clip(error));
            p.setLong(4, at.toEpochMilli());
            p.setLong(5, id);
            p.executeUpdate();
        }
    }

    /** Back to PENDING until {@code next}: after a failed attempt, or held back by a rate limit. */
    void later(Connection c, long id, int attempts, String error, Instant next) throws SQLException {
        String sql = "UPDATE notify_outbox SET state = 'PENDING', attempts = ?, last_error = ?, next_at = ?,"
                + " claimed_by = NULL, claim_until = NULL WHERE id = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, attempts);
            p.setString(2, clip(error));
            p.setLong(3, next.toEpochMilli());
            p.setLong(4, id);
            p.executeUpdate();
        }
    }

    /** Messages decided in [from, to), newest first, of one state or all (null). */
    List<Delivery> between(Connection c, Instant from, Instant to, String state, int atMost) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM notify_outbox WHERE decided_at >= ? AND decided_at < ?"
                + (state == null ? "" : " AND state = ?") + " ORDER BY id DESC";
        List<Delivery> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, from.toEpochMilli());
            p.setLong(2, to.toEpochMilli());
            if (state != null) {
                p.setString(3, state);
            }
            p.setMaxRows(atMost);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(delivery(rs));
                }
            }
        }
        return out;
    }

    /** How many messages decided in [from, to) are in each state. */
    Map<String, Integer> counts(Connection c, Instant from, Instant to) throws SQLException {
        Map<String, Integer> out = new TreeMap<>(Map.of("PENDING", 0, "SENDING", 0, "SENT", 0, "FAILED", 0, "DROPPED", 0));
        String sql = "SELECT state, COUNT(*) FROM notify_outbox WHERE decided_at >= ? AND decided_at < ? GROUP BY state";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, from.toEpochMilli());
            p.setLong(2, to.toEpochMilli());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        long done = rs.getLong("done_at");
        boolean hasDone = !rs.wasNull();
        return new Delivery(rs.getLong("id"), rs.getString("ticket_number"), MessageKind.valueOf(rs.getString("kind")),
                rs.getInt("place"), rs.getString("masked_phone"), rs.getString("state"), rs.getInt("attempts"),
                rs.getString("last_error"), Instant.ofEpochMilli(rs.getLong("decided_at")),
                hasDone ? Instant.ofEpochMilli(done) : null);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String clip(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }
}
