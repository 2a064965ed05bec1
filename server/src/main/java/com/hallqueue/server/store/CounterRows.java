package com.hallqueue.server.store;

import static com.hallqueue.server.store.Sql.instant;

import com.hallqueue.server.queue.Counter;
import com.hallqueue.server.queue.CounterState;
import com.hallqueue.server.queue.StaffRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Counter rows, one per configured counter, created closed at start and updated on every
 * change. Names come from the configuration; services too, until a manager changes them
 * while the hall runs ({@link #saveServices}), and from then on from here.
 */
final class CounterRows {

    private static final String UPDATE = "UPDATE counter_state SET state=?, staff_badge=?, staff_name=?,"
            + " ticket_id=?, pause_reason=?, priority_streak=?, since=?, break_until=? WHERE counter_no=?";

    void ensure(Connection c, Collection<Integer> numbers) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM counter_state WHERE counter_no = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO counter_state (counter_no, state, priority_streak) VALUES (?, 'CLOSED', 0)")) {
            for (int n : numbers) {
                exists.setInt(1, n);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        insert.setInt(1, n);
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    void update(Connection c, Collection<Counter> counters) throws SQLException {
        if (counters.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(UPDATE)) {
            for (Counter k : counters) {
                p.setString(1, k.state().name());
                p.setString(2, k.staff() == null ? null : k.staff().badge());
                p.setString(3, k.staff() == null ? null : k.staff().name());
                p.setString(4, k.ticketId());
                p.setString(5, k.pauseReason());
                p.setInt(6, k.priorityStreak());
                Sql.setInstant(p, 7, k.since());
                Sql.setInstant(p, 8, k.breakUntil());
                p.setInt(9, k.number());
                p.addBatch();
            }
            int[] updated = p.executeBatch();
            List<Counter> list = List.copyOf(counters);
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    // a journal replayed into a fresh file may name counters whose rows are not made yet
                    ensure(c, List.of(list.get(i).number()));
                    update(c, List.of(list.get(i)));
                }
            }
        }
    }

    /** The services of counters a manager changed: kept apart, so every other update leaves them alone. */
    void saveServices(Connection c, Collection<Counter> counters) throws SQLException {
        if (counters.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE counter_state SET services=? WHERE counter_no=?")) {
            for (Counter k : counters) {
                p.setString(1, String.join(",", k.services()));
                p.setInt(2, k.number());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    List<Counter> all(Connection c) throws SQLException {
        List<Counter> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM counter_state ORDER BY counter_no");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String badge = rs.getString("staff_badge");
                String services = rs.getString("services");
                out.add(new Counter(rs.getInt("counter_no"), null,
                        services == null || services.isBlank() ? List.of() : List.of(services.split(",")),
                        CounterState.valueOf(rs.getString("state")),
                        badge == null ? null : new StaffRef(badge, rs.getString("staff_name")),
                        rs.getString("ticket_id"), rs.getString("pause_reason"), rs.getInt("priority_streak"),
                        instant(rs, "since"), instant(rs, "break_until")));
            }
        }
        return out;
    }
}
