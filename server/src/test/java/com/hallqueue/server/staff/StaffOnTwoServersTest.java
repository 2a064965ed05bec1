package com.hallqueue.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.HallApp;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.RunningHall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers of one hall on one PostgreSQL database: a member a manager adds or takes off
 * at one server logs in, or is turned away, at the other at once, with no restart.
 */
class StaffOnTwoServersTest {

    private final String database = Postgres.freshSchema();
    private final RunningHall first = RunningHall.start(Halls.demo(), database, HallApp.PRINTER_SILENCE);
    private final RunningHall second = RunningHall.start(Halls.demo(), database, HallApp.PRINTER_SILENCE);

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void aMemberAddedAtOneServerLogsInAtTheOtherAtOnce() {
        String manager = first.api.login("9001");

        assertThat(first.api.post("/api/v1/staff", manager,
                "{\"badge\":\"1007\",\"name\":\"周琳\",\"role\":\"STAFF\",\"password\":\"counter-7-pass\"}").status())
                .isEqualTo(201);

        assertThat(login(second.api, "1007", "counter-7-pass")).isEqualTo(200);
    }

    @Test
    void aMemberTakenOffAtOneServerLosesTheTokenOfTheOtherAtOnce() {
        String manager = first.api.login("9001");
        String atSecond = second.api.login("1002");
        assertThat(second.api.get("/api/v1/auth/me", atSecond).status()).isEqualTo(200);

        assertThat(first.api.send("DELETE", "/api/v1/staff/1002", manager, null).status()).isEqualTo(200);

        assertThat(second.api.get("/api/v1/auth/me", atSecond).status()).isEqualTo(401);
        assertThat(login(second.api, "1002", "demo")).isEqualTo(401);
    }

    @Test
    void aRoleGivenAtOneServerCountsAtTheOtherAtOnce() {
        String manager = first.api.login("9001");
        String atSecond = second.api.login("1003");
        assertThat(second.api.get("/api/v1/staff", atSecond).status()).isEqualTo(403);

        first.api.send("PUT", "/api/v1/staff/1003", manager, "{\"role\":\"MANAGER\"}");

        assertThat(second.api.get("/api/v1/staff", atSecond).status()).isEqualTo(200);
    }

    private static int login(ApiClient api, String badge, String password) {
        return api.post("/api/v1/auth/login", null, "{\"badge\":\"" + badge + "\",\"password\":\"" + password + "\"}")
                .status();
    }
}
