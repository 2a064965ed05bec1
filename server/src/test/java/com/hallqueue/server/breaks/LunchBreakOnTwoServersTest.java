package com.hallqueue.server.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.RunningHall;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers of one lunch hall on one PostgreSQL database, on one clock: both run the break
 * chore every few seconds, and a counter is still paused once and resumed once.
 */
class LunchBreakOnTwoServersTest {

    /** The chores' round, shortened from 5 s so that two rounds of each server pass quickly. */
    private static final long ROUND_MS = 500;

    private final String database = Postgres.freshSchema();
    private final VirtualClock clock = VirtualClock.at("2026-11-27T03:00:00Z");   // 11:00 in Shanghai
    private final RunningHall first = RunningHall.start(Halls.lunchHall(), database, clock);
    private final RunningHall second = RunningHall.start(Halls.lunchHall(), database, clock);

    @BeforeAll
    static void shortRounds() {
        System.setProperty("hallqueue.chores.roundMillis", Long.toString(ROUND_MS));
    }

    @AfterAll
    static void usualRounds() {
        System.clearProperty("hallqueue.chores.roundMillis");
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void bothServersChoresPauseAndResumeACounterOnce() throws Exception {
        first.api.post("/api/v1/counters/1/open", first.api.login("1001"), null);
        EventStream atSecond = second.api.events(second.api.login("9001"));
        atSecond.next("snapshot");

        clock.set(Instant.parse("2026-11-27T04:00:00Z"));   // 12:00
        atSecond.next("counter.paused");
        letBothChoresRunTwice();
        assertThat(count("counter.paused")).isEqualTo(1);

        clock.set(Instant.parse("2026-11-27T05:30:00Z"));   // 13:30
        atSecond.next("counter.resumed");
        letBothChoresRunTwice();
        assertThat(count("counter.resumed")).isEqualTo(1);
        assertThat(first.api.get("/api/v1/counters/1", null).json().get("state").asText()).isEqualTo("IDLE");
    }

    /** Two rounds of each server's chores after the change, and a margin. */
    private static void letBothChoresRunTwice() throws InterruptedException {
        Thread.sleep(2 * ROUND_MS + 200);
    }

    private int count(String type) throws SQLException {
        try (Connection c = DriverManager.getConnection(database);
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM hall_event WHERE type = ?")) {
            p.setString(1, type);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
