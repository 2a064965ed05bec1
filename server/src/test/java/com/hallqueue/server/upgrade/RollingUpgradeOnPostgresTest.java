package com.hallqueue.server.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.HallApp;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.RunningHall;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A rolling upgrade on PostgreSQL: this server runs beside a newer one on the same hall.
 * The newer one commits an event of a kind this version has never heard of, with fields it
 * does not know; this server takes it in, keeps serving, and its next event follows it in
 * the one commit order; its reports pass over it.
 */
class RollingUpgradeOnPostgresTest {

    @Test
    void anOlderServerServesOnAfterANewerOnesUnknownEvent() throws Exception {
        String db = Postgres.freshSchema();
        try (RunningHall older = RunningHall.start(Halls.demo(), db, HallApp.PRINTER_SILENCE)) {
            assertThat(older.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").status()).isEqualTo(201);
            long newer = lastSeq(db) + 1;
            commitAsANewerServer(db, newer);

            Reply next = older.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            assertThat(next.status()).as(next.text()).isEqualTo(201);
            assertThat(next.json().get("number").asText()).isEqualTo("A002");
            assertThat(seqOf(db, next.json().get("id").asText())).isEqualTo(newer + 1);

            String manager = older.api.login("9001");
            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            Reply stats = older.api.get("/api/v1/stats?from=" + today + "&to=" + today + "&by=service", manager);
            assertThat(stats.status()).as(stats.text()).isEqualTo(200);
        }
    }

    private static void commitAsANewerServer(String db, long seq) throws Exception {
        String body = "{\"seq\":" + seq + ",\"type\":\"STAFF_ADDED\",\"at\":\"" + Instant.now() + "\","
                + "\"staff\":{\"badge\":\"1007\",\"name\":\"新同事\",\"role\":\"STAFF\"},\"staffBadge\":\"9001\"}";
        try (Connection c = DriverManager.getConnection(db);
             PreparedStatement p = c.prepareStatement("INSERT INTO hall_event (seq, occurred_at, type, staff_badge, body)"
                     + " VALUES (?, ?, 'staff.added', '9001', ?)")) {
            p.setLong(1, seq);
            p.setLong(2, System.currentTimeMillis());
            p.setString(3, body);
            p.executeUpdate();
        }
    }

    private static long lastSeq(String db) throws Exception {
        try (Connection c = DriverManager.getConnection(db);
             ResultSet rs = c.createStatement().executeQuery("SELECT MAX(seq) FROM hall_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long seqOf(String db, String ticketId) throws Exception {
        try (Connection c = DriverManager.getConnection(db);
             PreparedStatement p = c.prepareStatement("SELECT seq FROM hall_event WHERE ticket_id = ? AND type = 'ticket.issued'")) {
            p.setString(1, ticketId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
