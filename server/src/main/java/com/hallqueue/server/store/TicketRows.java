package com.hallqueue.server.store;

import static com.hallqueue.server.store.Sql.instant;
import static com.hallqueue.server.store.Sql.integer;
import static com.hallqueue.server.store.Sql.setInstant;
import static com.hallqueue.server.store.Sql.setInt;

import com.hallqueue.server.matters.Matter;
import com.hallqueue.server.matters.Outcome;
import com.hallqueue.server.queue.Ticket;
import com.hallqueue.server.queue.TicketStatus;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ticket rows: inserted when issued, updated on every later change. */
final class TicketRows {

    static final String COLUMNS = "id, hall_day, ticket_no, seq, service, status, priority, issued_at, called_at,"
            + " started_at, finished_at, counter_no, directed_to, place, kiosk, rating, first_counter, return_of,"
            + " redeems, outcome, outcome_note, notice_code, hand_over";
    private static final String INSERT = "INSERT INTO ticket (" + COLUMNS
            + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String UPDATE = "UPDATE ticket SET service=?, status=?, called_at=?, started_at=?,"
            + " finished_at=?, counter_no=?, directed_to=?, place=?, rating=?, first_counter=?, return_of=?,"
            + " redeems=?, outcome=?, outcome_note=?, notice_code=?, hand_over=? WHERE id=?";

    void insert(Connection c, Collection<Ticket> tickets) throws SQLException {
        if (tickets.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            for (Ticket t : tickets) {
                bindInsert(p, t);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    void update(Connection c, Collection<Ticket> tickets) throws SQLException {
        if (tickets.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(UPDATE)) {
            for (Ticket t : tickets) {
                p.setString(1, t.service());
                p.setString(2, t.status().name());
                setInstant(p, 3, t.calledAt());
                setInstant(p, 4, t.startedAt());
                setInstant(p, 5, t.finishedAt());
                setInt(p, 6, t.counter());
                setInt(p, 7, t.directedTo());
                p.setLong(8, t.place());
                setInt(p, 9, t.rating());
                bindMatter(p, 10, t.matter());
                p.setString(17, t.id());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Tickets still in play, and every ticket of the days from {@code since}. */
    List<Ticket> live(Connection c, LocalDate since) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM ticket WHERE status IN ('WAITING','CALLED','SERVING')"
                + " OR hall_day >= ? ORDER BY place";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setDate(1, Date.valueOf(since));
            return read(p);
        }
    }

    /** Ticket number by id, for the tickets of one hall day. */
    Map<String, String> numbersOf(Connection c, LocalDate day) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, ticket_no FROM ticket WHERE hall_day = ?")) {
            p.setDate(1, Date.valueOf(day));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    List<Ticket> byId(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM ticket WHERE id = ?")) {
            p.setString(1, id);
            return read(p);
        }
    }

    private static List<Ticket> read(PreparedStatement p) throws SQLException {
        List<Ticket> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(ticket(rs));
            }
        }
        return out;
    }

    private static void bindInsert(PreparedStatement p, Ticket t) throws SQLException {
        p.setString(1, t.id());
        p.setDate(2, Date.valueOf(t.day()));
        p.setString(3, t.number());
        p.setInt(4, t.seq());
        p.setString(5, t.service());
        p.setString(6, t.status().name());
        p.setBoolean(7, t.priority());
        setInstant(p, 8, t.issuedAt());
        setInstant(p, 9, t.calledAt());
        setInstant(p, 10, t.startedAt());
        setInstant(p, 11, t.finishedAt());
        setInt(p, 12, t.counter());
        setInt(p, 13, t.directedTo());
        p.setLong(14, t.place());
        p.setString(15, t.kiosk());
        setInt(p, 16, t.rating());
        bindMatter(p, 17, t.matter());
    }

    /** The seven matter columns from {@code at}. */
    private static void bindMatter(PreparedStatement p, int at, Matter m) throws SQLException {
        setInt(p, at, m.firstCounter());
        p.setString(at + 1, m.returnOf());
        p.setString(at + 2, m.redeems());
        p.setString(at + 3, m.outcome() == null ? null : m.outcome().name());
        p.setString(at + 4, m.outcomeNote());
        p.setString(at + 5, m.noticeCode());
        p.setString(at + 6, m.handOver());
    }

    private static Matter matter(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Matter(integer(rs, "first_counter"), rs.getString("return_of"), rs.getString("redeems"),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString("outcome_note"),
                rs.getString("notice_code"), rs.getString("hand_over"));
    }

    private static Ticket ticket(ResultSet rs) throws SQLException {
        return new Ticket(rs.getString("id"), rs.getString("ticket_no"), rs.getString("service"),
                TicketStatus.valueOf(rs.getString("status")), rs.getBoolean("priority"),
                instant(rs, "issued_at"), instant(rs, "called_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), integer(rs, "counter_no"), integer(rs, "directed_to"),
                rs.getDate("hall_day").toLocalDate(), rs.getInt("seq"), rs.getLong("place"),
                rs.getString("kiosk"), integer(rs, "rating"), matter(rs));
    }
}
