package com.hallqueue.server.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A 差评 nobody called back by the next working day goes before the hall head: case.escalated, once. */
class CaseEscalationTest {

    @Test
    void theHallsChoresEscalateACaseWhoseCallBackIsOverdue() {
        VirtualClock clock = new VirtualClock(Instant.now());
        try (RunningHall hall = RunningHall.start(Halls.demo(), clock)) {
            ApiClient api = hall.api;
            String id = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}").json().get("id").asText();
            String staff = api.login("1005");
            api.post("/api/v1/counters/5/open", staff, null);
            api.post("/api/v1/counters/5/call-next", staff, null);
            api.post("/api/v1/counters/5/finish", staff, null);
            assertThat(api.post("/api/v1/tickets/" + id + "/rating", null, "{\"score\":1}").status()).isEqualTo(200);
            String manager = api.login("9001");
            EventStream events = api.events(manager);
            events.next("snapshot");

            // the demo hall works every day, all day: the call-back is due by the next midnight
            clock.set(clock.instant().plus(Duration.ofDays(2)));
            JsonNode escalated = events.next("case.escalated");
            assertThat(escalated.get("case").get("number").asText()).isEqualTo("C001");
            assertThat(escalated.get("case").get("escalatedAt").asText()).isNotBlank();
            // two days on, the morning's login has run out: log in again
            JsonNode listed = api.get("/api/v1/cases", api.login("9001")).json().get("cases").get(0);
            assertThat(listed.get("callBackOverdue").asBoolean()).isTrue();
            assertThat(listed.get("escalatedAt").asText()).isEqualTo(escalated.get("case").get("escalatedAt").asText());
        }
    }
}
