package com.hallqueue.server.notify;

import com.hallqueue.server.queue.EventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Who is to be told, read back from the event log at start. */
final class WatchRows {

    /**
     * Consents, withdrawals and decisions committed from {@code since} up to event {@code upTo},
     * in commit order. A watch of a ticket that is over since is let go when next looked at.
     */
    Watching load(Connection c, Instant since, long upTo) throws SQLException {
        Watching w = new Watching();
        String sql = "SELECT type, ticket_id, detail FROM hall_event WHERE occurred_at >= ? AND seq <= ?"
                + " AND type IN ('notify.consented', 'notify.withdrawn', 'notify.queued') ORDER BY seq";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, since.toEpochMilli());
            p.setLong(2, upTo);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    w.learn(EventType.ofWireName(rs.getString(1)), rs.getString(2), null, rs.getString(3));
                }
            }
        }
        return w;
    }
}
