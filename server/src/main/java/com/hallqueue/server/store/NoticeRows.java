package com.hallqueue.server.store;

import static com.hallqueue.server.store.Sql.instant;
import static com.hallqueue.server.store.Sql.integer;
import static com.hallqueue.server.store.Sql.setInstant;
import static com.hallqueue.server.store.Sql.setInt;

import com.hallqueue.server.matters.Notice;
import com.hallqueue.server.matters.Outcome;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** 一次性告知单: each notice's latest state, written with its event, the open ones read back at start. */
final class NoticeRows {

    private static final String COLUMNS = "code, matter_id, ticket_id, ticket_no, service, materials, note, issued_at,"
            + " counter_no, staff_badge, staff_name, first_counter, due_day, due_at, follows, beyond_first,"
            + " return_ticket, closed_at, closed_as";
    private static final String UPDATE = "UPDATE matter_notice SET return_ticket=?, closed_at=?, closed_as=? WHERE code=?";
    private static final String INSERT = "INSERT INTO matter_notice (return_ticket, closed_at, closed_as, code,"
            + " matter_id, ticket_id, ticket_no, service, materials, note, issued_at, counter_no, staff_badge, staff_name,"
            + " first_counter, due_day, due_at, follows, beyond_first) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    /** Only a notice's return ticket and closing change after it is issued; a new one is inserted. */
    void save(Connection c, Collection<Notice> notices) throws SQLException {
        if (notices.isEmpty()) {
            return;
        }
        try (PreparedStatement u = c.prepareStatement(UPDATE); PreparedStatement i = c.prepareStatement(INSERT)) {
            for (Notice n : notices) {
                if (change(u, n).executeUpdate() == 0) {
                    insert(change(i, n), n).executeUpdate();
                }
            }
        }
    }

    List<Notice> open(Connection c) throws SQLException {
        return read(c, "SELECT " + COLUMNS + " FROM matter_notice WHERE closed_at IS NULL ORDER BY issued_at");
    }

    List<Notice> byCode(Connection c, String code) throws SQLException {
        return read(c, "SELECT " + COLUMNS + " FROM matter_notice WHERE code = ?", code);
    }

    private static PreparedStatement change(PreparedStatement p, Notice n) throws SQLException {
        p.setString(1, n.returnTicketId());
        setInstant(p, 2, n.closedAt());
        p.setString(3, n.closedAs() == null ? null : n.closedAs().name());
        p.setString(4, n.code());
        return p;
    }

    private static PreparedStatement insert(PreparedStatement p, Notice n) throws SQLException {
        p.setString(5, n.matterId());
        p.setString(6, n.ticketId());
        p.setString(7, n.ticketNumber());
        p.setString(8, n.service());
        p.setString(9, String.join("\n", n.materials()));
        p.setString(10, n.note());
        setInstant(p, 11, n.issuedAt());
        p.setInt(12, n.counter());
        p.setString(13, n.staffBadge());
        p.setString(14, n.staffName());
        setInt(p, 15, n.firstCounter());
        p.setDate(16, Date.valueOf(n.dueDate()));
        setInstant(p, 17, n.dueAt());
        p.setString(18, n.follows());
        p.setString(19, n.beyondFirst().isEmpty() ? null : String.join("\n", n.beyondFirst()));
        return p;
    }

    private static List<Notice> read(Connection c, String sql, Object... params) throws SQLException {
        List<Notice> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(notice(rs));
                }
            }
        }
        return out;
    }

    private static Notice notice(ResultSet rs) throws SQLException {
        String closedAs = rs.getString("closed_as");
        return new Notice(rs.getString("code"), rs.getString("matter_id"), rs.getString("ticket_id"),
                rs.getString("ticket_no"), rs.getString("service"), lines(rs.getString("materials")),
                rs.getString("note"), instant(rs, "issued_at"), rs.getInt("counter_no"), rs.getString("staff_badge"),
                rs.getString("staff_name"), integer(rs, "first_counter"), rs.getDate("due_day").toLocalDate(),
                instant(rs, "due_at"), rs.getString("follows"), lines(rs.getString("beyond_first")),
                rs.getString("return_ticket"), instant(rs, "closed_at"),
                closedAs == null ? null : Outcome.valueOf(closedAs));
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
