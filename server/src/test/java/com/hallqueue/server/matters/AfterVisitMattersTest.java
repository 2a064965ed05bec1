package com.hallqueue.server.matters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.RunningHall;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 限时办结 of work that goes on after the visit: the demo hall with declarations (B, time limit 3
 * working days) marked {@code afterVisit}. The demo hall works every day, so the matter of a
 * visit on 2026-11-27 is due on 2026-11-30, at its midnight.
 */
public class AfterVisitMattersTest {

    @TempDir
    Path data;

    private final VirtualClock clock = VirtualClock.at("2026-11-27T02:00:00Z");

    @Test
    void aDoneVisitOfSuchAServiceLeavesItsMatterOpenUntilAManagerClosesItAfterARestartToo() {
        String url = "jdbc:h2:file:" + data.resolve("hallqueue") + ";WRITE_DELAY=0";
        String code;
        try (RunningHall hall = RunningHall.start(afterVisitHall(), url, clock)) {
            ApiClient api = hall.api;
            String ticket = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}").json().get("id").asText();
            String zhang = api.login("1003");
            api.post("/api/v1/counters/3/open", zhang, null);
            api.post("/api/v1/counters/3/call-next", zhang, null);
            EventStream events = api.events(api.login("9001"));
            events.next("snapshot");
            JsonNode done = api.post("/api/v1/counters/3/finish", zhang, null).json();
            assertThat(done.get("outcome").asText()).isEqualTo("DONE");
            assertThat(done.get("notice").isNull()).as("the citizen is asked for nothing").isTrue();
            assertThat(events.next("notice.issued").get("type").asText()).isEqualTo("notice.issued");

            JsonNode matter = api.get("/api/v1/matters", api.login("9001")).json().get("matters").get(0);
            code = matter.get("code").asText();
            assertThat(matter.get("afterVisit").asBoolean()).isTrue();
            assertThat(matter.get("materials")).isEmpty();
            assertThat(matter.get("ticket").asText()).isEqualTo("B001");
            assertThat(matter.get("dueDate").asText()).isEqualTo("2026-11-30");
            JsonNode atCounter = api.get("/api/v1/counters/3/matters", zhang).json().get("matters");
            assertThat(atCounter).hasSize(1);
            assertThat(atCounter.get(0).get("code").asText()).isEqualTo(code);
            String wang = api.login("1001");
            assertThat(api.get("/api/v1/counters/3/matters", wang).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/tickets/" + ticket, null).json().get("outcome").asText()).isEqualTo("DONE");
            ApiClient.Reply again = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\",\"notice\":\"" + code + "\"}");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("reason").asText()).isEqualTo("after-visit");
        }
        clock.advance(Duration.ofDays(4));
        try (RunningHall hall = RunningHall.start(afterVisitHall(), url, clock)) {
            ApiClient api = hall.api;
            String manager = api.login("9001");
            JsonNode overdue = api.get("/api/v1/matters?state=overdue", manager).json();
            assertThat(overdue.get("matters").get(0).get("code").asText()).isEqualTo(code);
            assertThat(overdue.get("byCounter").get("3").get("overdue").asInt()).isEqualTo(1);

            JsonNode closed = api.post("/api/v1/matters/" + code + "/close", manager, null).json();
            assertThat(closed.get("state").asText()).isEqualTo("CLOSED");
            assertThat(closed.get("closedAs").asText()).isEqualTo("DONE");
            assertThat(api.get("/api/v1/matters", manager).json().get("matters")).isEmpty();
            assertThat(api.post("/api/v1/matters/" + code + "/close", manager, null).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/notices/" + code, null).json().get("state").asText()).isEqualTo("CLOSED");
        }
    }

    @Test
    void aNoticeClosesOnlyWithTheCitizensReturnNotByHand() {
        try (RunningHall hall = RunningHall.start(afterVisitHall(), clock)) {
            ApiClient api = hall.api;
            api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            String wang = api.login("1001");
            api.post("/api/v1/counters/1/open", wang, null);
            api.post("/api/v1/counters/1/call-next", wang, null);
            String code = api.post("/api/v1/counters/1/finish", wang,
                    "{\"outcome\":\"NOTICE\",\"materials\":[\"申请表 / Application form\"]}").json()
                    .get("notice").get("code").asText();
            ApiClient.Reply refused = api.post("/api/v1/matters/" + code + "/close", api.login("9001"), null);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(api.post("/api/v1/matters/" + code + "/close", null, null).status()).isEqualTo(401);
        }
    }

    /** The demo hall whose declarations (B) go on after the visit. */
    public static HallConfig afterVisitHall() {
        try (var in = AfterVisitMattersTest.class.getResourceAsStream("/demo-hall.yaml")) {
            String demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String b = "handleMinutes: 10, timeLimitDays: 3,";
            assertThat(demo).contains(b);
            return new HallConfigLoader().parse(demo.replace(b, b + " afterVisit: true,"), "after-visit hall");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
