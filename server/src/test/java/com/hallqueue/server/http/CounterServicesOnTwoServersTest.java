package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.HallApp;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.RunningHall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers of one hall on one PostgreSQL database: counter 6 stops serving inspection (C)
 * at the first, and the second calls by the new list at once; a server started afterwards
 * reads it back.
 */
class CounterServicesOnTwoServersTest {

    private final String database = Postgres.freshSchema();
    private final RunningHall first = RunningHall.start(Halls.demo(), database, HallApp.PRINTER_SILENCE);
    private final RunningHall second = RunningHall.start(Halls.demo(), database, HallApp.PRINTER_SILENCE);

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void aChangeAtOneServerDecidesTheNextCallAtTheOther() {
        issue(first.api, "C");
        String a = issue(first.api, "A");

        assertThat(first.api.send("PUT", "/api/v1/counters/6/services", first.api.login("9001"),
                "{\"services\":[\"A\",\"B\"]}").status()).isEqualTo(200);

        String yang = second.api.login("1006");
        second.api.post("/api/v1/counters/6/open", yang, null);
        assertThat(second.api.post("/api/v1/counters/6/call-next", yang, null).json().get("id").asText()).isEqualTo(a);
        assertThat(second.api.get("/api/v1/counters/6", null).json().get("services").toString())
                .isEqualTo("[\"A\",\"B\"]");
        try (RunningHall third = RunningHall.start(Halls.demo(), database, HallApp.PRINTER_SILENCE)) {
            assertThat(third.api.get("/api/v1/counters/6", null).json().get("services").toString())
                    .isEqualTo("[\"A\",\"B\"]");
        }
    }

    private static String issue(ApiClient api, String service) {
        return api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}").json().get("id").asText();
    }
}
