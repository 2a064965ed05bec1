package com.hallqueue.server.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.RunningHall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers of one hall on one PostgreSQL database: a holiday a manager makes at one server
 * closes the kiosk at the other too, without a restart (each looks for the other's changes at
 * most a second apart).
 */
class CalendarOnTwoServersTest {

    private final String database = Postgres.freshSchema();
    private final VirtualClock clock = VirtualClock.at("2026-12-11T02:00:00Z");
    private final RunningHall first = RunningHall.start(CalendarOverHttpTest.weekdayHall(), database, clock);
    private final RunningHall second = RunningHall.start(CalendarOverHttpTest.weekdayHall(), database, clock);

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void aHolidayMadeAtOneServerClosesTheKioskOfTheOtherAndTakenBackOpensItAgain() throws InterruptedException {
        String manager = first.api.login("9001");
        assertThat(issueAtSecond()).isEqualTo(201);

        first.api.send("PUT", "/api/v1/calendar/2026-12-11", manager, "{\"kind\":\"HOLIDAY\"}");
        assertThat(issueAtSecondOnceItIsNot(201)).isEqualTo(409);

        // The same date again at the same (stopped) hall clock: told apart by the change, not the time.
        first.api.send("PUT", "/api/v1/calendar/2026-12-11", manager, "{\"kind\":\"ORDINARY\"}");
        assertThat(issueAtSecondOnceItIsNot(409)).isEqualTo(201);
    }

    /** Asks the second server until its answer is no longer {@code before}, for a few seconds at most. */
    private int issueAtSecondOnceItIsNot(int before) throws InterruptedException {
        int status = issueAtSecond();
        for (int tries = 0; status == before && tries < 50; tries++) {
            Thread.sleep(100);
            status = issueAtSecond();
        }
        return status;
    }

    private int issueAtSecond() {
        return second.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").status();
    }
}
