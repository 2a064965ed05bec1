package com.hallqueue.server.store;

import static com.hallqueue.server.store.Sql.instant;
import static com.hallqueue.server.store.Sql.integer;
import static com.hallqueue.server.store.Sql.setInstant;
import static com.hallqueue.server.store.Sql.setInt;

import com.hallqueue.server.appraisal.Complaint;
import com.hallqueue.server.appraisal.Mark;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Appraisal marks (each one kept) and the complaints register, written with the batch that made them. */
final class FilingRows {

    private static final String MARK_COLUMNS = "seq, period, badge, item, score, note, marked_by, marked_at";
    private static final String COMPLAINT_COLUMNS = "id, channel, counter_no, staff_badge, service, what, contact,"
            + " due_day, due_at, handler, outcome, feedback, received_at, recorded_by, closed_at, closed_by, escalated_at";
    private static final String UPDATE = "UPDATE complaint SET handler=?, outcome=?, feedback=?, closed_at=?,"
            + " closed_by=? WHERE id=?";
    /** Once: a second escalation of the same complaint (another server's chores) changes nothing. */
    private static final String ESCALATE = "UPDATE complaint SET escalated_at=? WHERE id=? AND escalated_at IS NULL";

    void save(Connection c, List<HallEvent> batch) throws SQLException {
        for (HallEvent e : batch) {
            if (e.mark() != null) {
                insertMark(c, e.seq(), e.mark());
            } else if (e.complaint() != null && e.type() == EventType.COMPLAINT_RECORDED) {
                insertComplaint(c, e.complaint());
            } else if (e.complaint() != null && e.type() == EventType.COMPLAINT_ESCALATED) {
                escalateComplaint(c, e.complaint());
            } else if (e.complaint() != null) {
                updateComplaint(c, e.complaint());
            }
        }
    }

    /** Every mark of a period, oldest first: the last of each badge and item is the one that counts. */
    List<Mark> marks(Connection c, String period) throws SQLException {
        List<Mark> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + MARK_COLUMNS
                + " FROM appraisal_mark WHERE period = ? ORDER BY seq")) {
            p.setString(1, period);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Mark(rs.getString("period"), rs.getString("badge"), rs.getString("item"),
                            rs.getInt("score"), rs.getString("note"), rs.getString("marked_by"),
                            instant(rs, "marked_at")));
                }
            }
        }
        return out;
    }

    /** Complaints received in [from, to), or (open ones aside) due in it; with {@code open} only the open ones. */
    List<Complaint> complaints(Connection c, Instant from, Instant to) throws SQLException {
        return readComplaints(c, "SELECT " + COMPLAINT_COLUMNS + " FROM complaint WHERE (received_at >= ? AND received_at < ?)"
                + " OR (due_at >= ? AND due_at < ?) ORDER BY id", from.toEpochMilli(), to.toEpochMilli(),
                from.toEpochMilli(), to.toEpochMilli());
    }

    List<Complaint> openComplaints(Connection c) throws SQLException {
        return readComplaints(c, "SELECT " + COMPLAINT_COLUMNS + " FROM complaint WHERE closed_at IS NULL ORDER BY due_at");
    }

    List<Complaint> complaint(Connection c, long id) throws SQLException {
        return readComplaints(c, "SELECT " + COMPLAINT_COLUMNS + " FROM complaint WHERE id = ?", id);
    }

    private static void insertMark(Connection c, long seq, Mark m) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO appraisal_mark (" + MARK_COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?)")) {
            p.setLong(1, seq);
            p.setString(2, m.period());
            p.setString(3, m.badge());
            p.setString(4, m.item());
            p.setInt(5, m.score());
            p.setString(6, m.note());
            p.setString(7, m.markedBy());
            setInstant(p, 8, m.markedAt());
            p.executeUpdate();
        }
    }

    private static void insertComplaint(Connection c, Complaint k) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO complaint (" + COMPLAINT_COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setLong(1, k.id());
            p.setString(2, k.channel().name());
            setInt(p, 3, k.counter());
            p.setString(4, k.staffBadge());
            p.setString(5, k.service());
            p.setString(6, k.what());
            p.setString(7, k.contact());
            p.setDate(8, Date.valueOf(k.dueDate()));
            setInstant(p, 9, k.dueAt());
            p.setString(10, k.handler());
            p.setString(11, k.outcome());
            p.setString(12, k.feedback());
            setInstant(p, 13, k.receivedAt());
            p.setString(14, k.recordedBy());
            setInstant(p, 15, k.closedAt());
            p.setString(16, k.closedBy());
            setInstant(p, 17, k.escalatedAt());
            p.executeUpdate();
        }
    }

    private static void escalateComplaint(Connection c, Complaint k) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(ESCALATE)) {
            setInstant(p, 1, k.escalatedAt());
            p.setLong(2, k.id());
            p.executeUpdate();
        }
    }

    private static void updateComplaint(Connection c, Complaint k) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(UPDATE)) {
            p.setString(1, k.handler());
            p.setString(2, k.outcome());
            p.setString(3, k.feedback());
            setInstant(p, 4, k.closedAt());
            p.setString(5, k.closedBy());
            p.setLong(6, k.id());
            p.executeUpdate();
        }
    }

    private static List<Complaint> readComplaints(Connection c, String sql, Object... params) throws SQLException {
        List<Complaint> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(complaint(rs));
                }
            }
        }
        return out;
    }

    private static Complaint complaint(ResultSet rs) throws SQLException {
        return new Complaint(rs.getLong("id"), Complaint.Channel.valueOf(rs.getString("channel")),
                integer(rs, "counter_no"), rs.getString("staff_badge"), rs.getString("service"), rs.getString("what"),
                rs.getString("contact"), rs.getDate("due_day").toLocalDate(), instant(rs, "due_at"),
                rs.getString("handler"), rs.getString("outcome"), rs.getString("feedback"),
                instant(rs, "received_at"), rs.getString("recorded_by"), instant(rs, "closed_at"),
                rs.getString("closed_by"), instant(rs, "escalated_at"));
    }
}
