package com.hallqueue.server.closing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.RunningHall;
import org.junit.jupiter.api.Test;

/**
 * The demo hall (open all day: it is always before closing time) over HTTP: counter 5 alone
 * serves inspection (C) while counter 6 is closed.
 */
class EarlyCloseOverHttpTest {

    @Test
    void anEarlyCloseNeedsAReasonIsReportedToTheManagerAndCountedInTheList() {
        try (RunningHall hall = RunningHall.demo()) {
            ApiClient api = hall.api;
            String staff = api.login("1005");
            String manager = api.login("9001");
            api.post("/api/v1/counters/5/open", staff, null);
            api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
            EventStream events = api.events(manager);
            events.next("snapshot");

            ApiClient.Reply refused = api.post("/api/v1/counters/5/close", staff, "{\"askIfEarly\":true}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("reason").asText()).isEqualTo("early-close");
            assertThat(refused.json().get("detail").asText()).contains("不提前结束营业");
            assertThat(api.post("/api/v1/counters/5/close", staff, "{\"reason\":\"" + "长".repeat(101) + "\"}").json()
                    .get("field").asText()).isEqualTo("reason");

            ApiClient.Reply closed = api.post("/api/v1/counters/5/close", staff, "{\"reason\":\"<b>身体不适</b>\"}");
            assertThat(closed.status()).isEqualTo(200);
            assertThat(closed.json().get("state").asText()).isEqualTo("CLOSED");
            JsonNode reported = events.next("counter.closed_early");
            assertThat(reported.get("reason").asText()).isEqualTo("<b>身体不适</b>");
            assertThat(reported.get("counter").get("number").asInt()).isEqualTo(5);

            JsonNode list = api.get("/api/v1/early-closes", manager).json();
            assertThat(list.get("count").asInt()).isEqualTo(1);
            JsonNode one = list.get("closes").get(0);
            assertThat(one.get("counter").asInt()).isEqualTo(5);
            assertThat(one.get("reason").asText()).isEqualTo("<b>身体不适</b>");
            assertThat(one.get("staff").get("badge").asText()).isEqualTo("1005");
            assertThat(one.get("staff").get("name").asText()).isNotBlank();
            assertThat(api.get("/api/v1/early-closes", staff).status()).isEqualTo(403);
        }
    }

    @Test
    void theOldCloseWithoutABodyStillClosesOnWaitingCitizensAndIsReportedWithoutAReason() {
        try (RunningHall hall = RunningHall.demo()) {
            ApiClient api = hall.api;
            String staff = api.login("1005");
            api.post("/api/v1/counters/5/open", staff, null);
            api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
            ApiClient.Reply closed = api.post("/api/v1/counters/5/close", staff, null);
            assertThat(closed.status()).isEqualTo(200);
            assertThat(closed.json().get("state").asText()).isEqualTo("CLOSED");
            JsonNode list = api.get("/api/v1/early-closes", api.login("9001")).json();
            assertThat(list.get("count").asInt()).isEqualTo(1);
            assertThat(list.get("closes").get(0).get("reason").asText()).isEqualTo("未说明原因 / No reason given");
        }
    }

    @Test
    void theOldCloseWithoutABodyStillWorksWhenNobodyIsLeftWaiting() {
        try (RunningHall hall = RunningHall.demo()) {
            ApiClient api = hall.api;
            String staff = api.login("1001");
            api.post("/api/v1/counters/1/open", staff, null);
            assertThat(api.post("/api/v1/counters/1/close", staff, null).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/early-closes", api.login("9001")).json().get("count").asInt()).isZero();
        }
    }
}
