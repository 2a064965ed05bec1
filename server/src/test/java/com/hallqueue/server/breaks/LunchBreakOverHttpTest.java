package com.hallqueue.server.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lunch break through a real server and its chores: the demo hall's staff and devices,
 * with weekday hours 08:30–17:30 and lunch 12:00–13:30 in Shanghai; Friday 2026-11-27.
 */
class LunchBreakOverHttpTest {

    @TempDir
    Path data;

    private final VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");

    @Test
    void theChoresPauseAtNoonAndAServerRestartedDuringLunchResumesAtHalfPastOne() {
        String url = "jdbc:h2:file:" + data.resolve("hallqueue") + ";WRITE_DELAY=0";
        try (RunningHall hall = RunningHall.start(Halls.lunchHall(), url, clock)) {
            ApiClient api = hall.api;
            String wang = api.login("1001");
            api.post("/api/v1/counters/1/open", wang, null);
            EventStream events = api.events(api.login("9001"));
            events.next("snapshot");
            at("12:00");
            JsonNode paused = events.next("counter.paused");
            assertThat(paused.get("reason").asText()).isEqualTo("午休 / Lunch break");
            assertThat(paused.get("counter").get("number").asInt()).isEqualTo(1);
            assertThat(paused.get("counter").get("resumesAt").asText()).isEqualTo("2026-11-27T05:30:00Z");
            assertThat(api.post("/api/v1/counters/1/call-next", wang, null).status()).isEqualTo(409);
        }
        at("12:45");
        try (RunningHall hall = RunningHall.start(Halls.lunchHall(), url, clock)) {
            ApiClient api = hall.api;
            JsonNode counter = api.get("/api/v1/counters", null).json().get(0);
            assertThat(counter.get("state").asText()).as("still at lunch after the restart").isEqualTo("PAUSED");
            assertThat(counter.get("resumesAt").asText()).isEqualTo("2026-11-27T05:30:00Z");
            EventStream events = api.events(api.login("9001"));
            events.next("snapshot");
            at("13:30");
            JsonNode resumed = events.next("counter.resumed");
            assertThat(resumed.get("counter").get("state").asText()).isEqualTo("IDLE");
            assertThat(api.get("/api/v1/counters", null).json().get(0).get("resumesAt").isNull()).isTrue();
            api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            assertThat(api.post("/api/v1/counters/1/call-next", api.login("1001"), null).status()).isEqualTo(200);
        }
    }

    private void at(String shanghai) {
        clock.set(Instant.parse("2026-11-27T" + shanghai + ":00+08:00"));
    }
}
