package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.HallApp;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manager changes which services a counter calls while the hall runs: {@code PUT
 * /api/v1/counters/{n}/services}. In the demo hall counter 6 serves A, B and C.
 */
class CounterServicesOverHttpTest {

    @TempDir
    Path data;

    @Test
    void counterSixStopsServingInspectionAndCallsTheGeneralTicketBehindIt() {
        try (RunningHall hall = RunningHall.start(Halls.demo(), VirtualClock.at("2026-11-27T04:00:00Z"))) {
            ApiClient api = hall.api;
            String manager = api.login("9001");
            issue(api, "C");
            String a = issue(api, "A");

            Reply changed = api.send("PUT", "/api/v1/counters/6/services", manager, "{\"services\":[\"A\",\"B\"]}");

            assertThat(changed.status()).isEqualTo(200);
            assertThat(texts(changed.json().get("services"))).containsExactly("A", "B");
            assertThat(texts(api.get("/api/v1/counters/6", null).json().get("services"))).containsExactly("A", "B");
            assertThat(texts(api.get("/api/v1/hall", null).json().get("counters").get(5).get("services")))
                    .containsExactly("A", "B");
            String yang = api.login("1006");
            api.post("/api/v1/counters/6/open", yang, null);
            assertThat(api.post("/api/v1/counters/6/call-next", yang, null).json().get("id").asText()).isEqualTo(a);
            JsonNode audit = api.get("/api/v1/audit", manager).json().get("entries");
            assertThat(audit.findValuesAsText("action")).contains("counter.services_changed");
            assertThat(audit.findValuesAsText("detail")).contains("A,B");
        }
    }

    @Test
    void theTicketTheCounterHoldsFinishesAndARetryWithTheSameKeyGetsTheSameAnswer() {
        try (RunningHall hall = RunningHall.start(Halls.demo(), VirtualClock.at("2026-11-27T04:00:00Z"))) {
            ApiClient api = hall.api;
            String manager = api.login("9001");
            String c = issue(api, "C");
            String yang = api.login("1006");
            api.post("/api/v1/counters/6/open", yang, null);
            api.post("/api/v1/counters/6/call-next", yang, null);

            Reply first = api.sendOnce("PUT", "/api/v1/counters/6/services", manager, "{\"services\":[\"A\"]}", "services-6-noon");
            Reply again = api.sendOnce("PUT", "/api/v1/counters/6/services", manager, "{\"services\":[\"A\"]}", "services-6-noon");

            assertThat(again.text()).isEqualTo(first.text());
            assertThat(first.json().get("ticket").get("id").asText()).isEqualTo(c);
            assertThat(api.post("/api/v1/counters/6/finish", yang, null).json().get("status").asText()).isEqualTo("DONE");
            issue(api, "C");
            assertThat(api.post("/api/v1/counters/6/call-next", yang, null).status()).isEqualTo(204);
        }
    }

    @Test
    void badListsAreRefusedNamingServicesUnknownCountersAreNotFoundAndOnlyManagersChange() {
        try (RunningHall hall = RunningHall.start(Halls.demo(), VirtualClock.at("2026-11-27T04:00:00Z"))) {
            ApiClient api = hall.api;
            String manager = api.login("9001");
            assertThat(field(api.send("PUT", "/api/v1/counters/6/services", manager, "{\"services\":[]}"))).isEqualTo("services");
            assertThat(field(api.send("PUT", "/api/v1/counters/6/services", manager, "{}"))).isEqualTo("services");
            assertThat(field(api.send("PUT", "/api/v1/counters/6/services", manager, "{\"services\":[\"Z\"]}")))
                    .isEqualTo("services");
            assertThat(field(api.send("PUT", "/api/v1/counters/6/services", manager, "{\"services\":\"A\"}")))
                    .isEqualTo("services");
            assertThat(api.send("PUT", "/api/v1/counters/99/services", manager, "{\"services\":[\"A\"]}").status())
                    .isEqualTo(404);
            assertThat(api.send("PUT", "/api/v1/counters/6/services", api.login("1001"), "{\"services\":[\"A\"]}").status())
                    .isEqualTo(403);
            assertThat(texts(api.get("/api/v1/counters/6", null).json().get("services"))).containsExactly("A", "B", "C");
        }
    }

    @Test
    void theChangedServicesOutliveARestart() {
        String url = "jdbc:h2:file:" + data.resolve("hallqueue") + ";WRITE_DELAY=0";
        try (RunningHall hall = RunningHall.start(Halls.demo(), url, HallApp.PRINTER_SILENCE)) {
            hall.api.send("PUT", "/api/v1/counters/5/services", hall.api.login("9001"), "{\"services\":[\"C\",\"A\"]}");
        }
        try (RunningHall hall = RunningHall.start(Halls.demo(), url, HallApp.PRINTER_SILENCE)) {
            ApiClient api = hall.api;
            assertThat(texts(api.get("/api/v1/counters/5", null).json().get("services"))).containsExactly("C", "A");
            String a = issue(api, "A");
            String chen = api.login("1005");
            api.post("/api/v1/counters/5/open", chen, null);
            assertThat(api.post("/api/v1/counters/5/call-next", chen, null).json().get("id").asText()).isEqualTo(a);
        }
    }

    private static String issue(ApiClient api, String service) {
        return api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}").json().get("id").asText();
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String field(Reply r) {
        assertThat(r.status()).isEqualTo(400);
        return r.json().get("field").asText();
    }
}
