package com.hallqueue.server.store;

import static com.hallqueue.server.store.Sql.instant;
import static com.hallqueue.server.store.Sql.integer;
import static com.hallqueue.server.store.Sql.setInstant;
import static com.hallqueue.server.store.Sql.setInt;

import com.hallqueue.server.followup.FollowUp;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Follow-up cases: inserted when opened, updated when closed, read back at start and for reports. */
final class FollowUpRows {

    private static final String COLUMNS = "id, ticket_id, ticket_no, service, counter_no, staff_badge, score,"
            + " opened_at, due_day, due_at, closed_at, closed_by, note, call_back_due_at, called_back_at, call_back_note, escalated_at";
    private static final String INSERT = "INSERT INTO follow_up_case (" + COLUMNS
            + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String CLOSE = "UPDATE follow_up_case SET closed_at=?, closed_by=?, note=?, called_back_at=?,"
            + " call_back_note=?, escalated_at=? WHERE id=?";

    void opened(Connection c, Collection<FollowUp> cases) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            for (FollowUp f : cases) {
                p.setLong(1, f.id());
                p.setString(2, f.ticketId());
                p.setString(3, f.ticketNumber());
                p.setString(4, f.service());
                setInt(p, 5, f.counter());
                p.setString(6, f.staffBadge());
                p.setInt(7, f.score());
                setInstant(p, 8, f.openedAt());
                p.setDate(9, Date.valueOf(f.dueDate()));
                setInstant(p, 10, f.dueAt());
                setInstant(p, 11, f.closedAt());
                p.setString(12, f.closedBy());
                p.setString(13, f.note());
                setInstant(p, 14, f.callBackDueAt());
                setInstant(p, 15, f.calledBackAt());
                p.setString(16, f.callBackNote());
                setInstant(p, 17, f.escalatedAt());
                p.executeUpdate();
            }
        }
    }

    void closed(Connection c, Collection<FollowUp> cases) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(CLOSE)) {
            for (FollowUp f : cases) {
                setInstant(p, 1, f.closedAt());
                p.setString(2, f.closedBy());
                p.setString(3, f.note());
                setInstant(p, 4, f.calledBackAt());
                p.setString(5, f.callBackNote());
                setInstant(p, 6, f.escalatedAt());
                p.setLong(7, f.id());
                p.executeUpdate();
            }
        }
    }

    List<FollowUp> open(Connection c) throws SQLException {
        return read(c, "SELECT " + COLUMNS + " FROM follow_up_case WHERE closed_at IS NULL ORDER BY id");
    }

    /** Every case opened in [from, to), open or closed, oldest first. */
    List<FollowUp> openedBetween(Connection c, Instant from, Instant to) throws SQLException {
        return read(c, "SELECT " + COLUMNS + " FROM follow_up_case WHERE opened_at >= ? AND opened_at < ? ORDER BY id",
                from.toEpochMilli(), to.toEpochMilli());
    }

    /** Every case whose put-right deadline falls in [from, to), open or closed: what 投诉处理 counts. */
    List<FollowUp> dueBetween(Connection c, Instant from, Instant to) throws SQLException {
        return read(c, "SELECT " + COLUMNS + " FROM follow_up_case WHERE due_at >= ? AND due_at < ? ORDER BY id",
                from.toEpochMilli(), to.toEpochMilli());
    }

    long lastId(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT MAX(id) FROM follow_up_case");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<FollowUp> read(Connection c, String sql, Object... params) throws SQLException {
        List<FollowUp> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(followUp(rs));
                }
            }
        }
        return out;
    }

    private static FollowUp followUp(ResultSet rs) throws SQLException {
        return new FollowUp(rs.getLong("id"), rs.getString("ticket_id"), rs.getString("ticket_no"),
                rs.getString("service"), integer(rs, "counter_no"), rs.getString("staff_badge"), rs.getInt("score"),
                instant(rs, "opened_at"), rs.getDate("due_day").toLocalDate(), instant(rs, "due_at"),
                instant(rs, "closed_at"), rs.getString("closed_by"), rs.getString("note"),
                instant(rs, "call_back_due_at"), instant(rs, "called_back_at"), rs.getString("call_back_note"), instant(rs, "escalated_at"));
    }
}
