package com.hallqueue.server.store;

import static com.hallqueue.server.store.Sql.integer;
import static com.hallqueue.server.store.Sql.setInt;

import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The event log: appended in commit order, read back for statistics. */
final class EventRows {

    /** Rows fetched per round trip when streaming; PostgreSQL streams only inside a transaction. */
    static final int FETCH_ROWS = 500;

    /**
     * Whether each row keeps the whole event as JSON: only other servers of a shared hall
     * read it back. A server alone (H2) has its journal for recovery and never reads it,
     * and leaving it out keeps a busy year's file at a fraction of the size (see BENCHMARKS).
     */
    private final boolean withBodies;

    EventRows(boolean withBodies) {
        this.withBodies = withBodies;
    }

    private static final String INSERT = "INSERT INTO hall_event (seq, occurred_at, type, ticket_id, counter_no,"
            + " staff_badge, service, detail, body) VALUES (?,?,?,?,?,?,?,?,?)";

    void append(Connection c, List<HallEvent> events) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            for (HallEvent e : events) {
                p.setLong(1, e.seq());
                p.setLong(2, e.at().toEpochMilli());
                p.setString(3, e.type().wireName());
                p.setString(4, e.ticket() == null ? null : e.ticket().id());
                setInt(p, 5, counterOf(e));
                p.setString(6, e.staffBadge());
                p.setString(7, serviceOf(e));
                p.setString(8, e.detail());
                p.setString(9, withBodies ? EventCodec.encode(e) : null);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    long lastSeq(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT MAX(seq) FROM hall_event");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The events committed after {@code seq}, whole, in commit order. */
    List<HallEvent> after(Connection c, long seq) throws SQLException {
        List<HallEvent> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT body FROM hall_event WHERE seq > ? ORDER BY seq")) {
            p.setLong(1, seq);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(decode(rs.getString(1)));
                }
            }
        }
        return out;
    }

    private static HallEvent decode(String body) throws SQLException {
        try {
            return EventCodec.decode(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new SQLException("an event in the log cannot be read back: " + e.getMessage(), e);
        }
    }

    /**
     * Hands {@code each} the events of [from, to) in commit order, a few hundred rows at a
     * time: a year of a busy hall is millions of rows, far more than the heap holds at once.
     */
    void between(Connection c, Instant from, Instant to, Consumer<EventRow> each) throws SQLException {
        String sql = "SELECT seq, occurred_at, type, ticket_id, counter_no, staff_badge, service, detail"
                + " FROM hall_event WHERE occurred_at >= ? AND occurred_at < ? ORDER BY seq";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setFetchSize(FETCH_ROWS);
            p.setLong(1, from.toEpochMilli());
            p.setLong(2, to.toEpochMilli());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    EventType type = knownType(rs.getString(3));
                    if (type != null) { // a newer server's kind of event counts in no report of this version
                        each.accept(new EventRow(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), type,
                                rs.getString(4), integer(rs, "counter_no"), rs.getString(6), rs.getString(7),
                                rs.getString(8)));
                    }
                }
            }
        }
    }

    private static EventType knownType(String wireName) {
        try {
            return EventType.ofWireName(wireName);
        } catch (IllegalArgumentException newer) {
            return null;
        }
    }

    /** The ticket's service, or the booking's for an appointment event without a ticket. */
    private static String serviceOf(HallEvent e) {
        if (e.ticket() != null) {
            return e.ticket().service();
        }
        return e.booking() == null ? null : e.booking().service();
    }

    /** The counter an event happened at: the counter changed, or the one holding the ticket. */
    private static Integer counterOf(HallEvent e) {
        if (e.counter() != null) {
            return e.counter().number();
        }
        return e.ticket() == null ? null : e.ticket().counter();
    }
}
