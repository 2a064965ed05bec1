package com.hallqueue.server.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manager's emergency broadcast over HTTP and the event stream: kept, told at once, audited, cleared. */
class BroadcastOverHttpTest {

    @TempDir
    Path data;

    @Test
    void aBroadcastReachesTheStreamAndSurvivesARestartUntilAManagerClearsIt() {
        String url = "jdbc:h2:file:" + data.resolve("hall");
        try (RunningHall hall = RunningHall.start(Halls.demo(), url, Clock.systemUTC())) {
            ApiClient api = hall.api;
            assertThat(api.get("/api/v1/broadcast", null).json().get("broadcast").isNull()).isTrue();
            EventStream screen = api.events("demo-display");
            screen.next("snapshot");

            Reply sent = api.post("/api/v1/broadcast", api.login("9001"),
                    "{\"kind\":\"EVACUATION\",\"text\":\"<b>请从东门</b> 撤离 | exit east\"}");

            assertThat(sent.status()).isEqualTo(201);
            JsonNode told = screen.next("broadcast.started").get("broadcast");
            assertThat(told.get("kind").asText()).isEqualTo("EVACUATION");
            assertThat(told.get("title").asText()).isEqualTo("紧急疏散");
            assertThat(told.get("text").asText()).isEqualTo("<b>请从东门</b> 撤离 | exit east");
            assertThat(told.get("until").isNull()).isTrue();
            assertThat(told.get("id").asLong()).isEqualTo(sent.json().get("id").asLong());
            screen.close();
        }
        try (RunningHall again = RunningHall.start(Halls.demo(), url, Clock.systemUTC())) {
            ApiClient api = again.api;
            JsonNode up = api.get("/api/v1/broadcast", "demo-display").json().get("broadcast");
            assertThat(up.get("text").asText()).isEqualTo("<b>请从东门</b> 撤离 | exit east");

            EventStream screen = api.events("demo-display");
            screen.next("snapshot");
            String manager = api.login("9001");
            assertThat(api.send("DELETE", "/api/v1/broadcast", manager, null).status()).isEqualTo(200);
            assertThat(screen.next("broadcast.cleared").get("broadcast").get("id").asLong()).isEqualTo(up.get("id").asLong());
            assertThat(api.get("/api/v1/broadcast", null).json().get("broadcast").isNull()).isTrue();
            assertThat(api.send("DELETE", "/api/v1/broadcast", manager, null).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/audit", manager).json().get("entries").findValuesAsText("action"))
                    .contains("broadcast.started", "broadcast.cleared");
            screen.close();
        }
    }

    @Test
    void aBroadcastWithAnEndIsGoneOnceItsEndHasPassed() throws InterruptedException {
        try (RunningHall hall = RunningHall.demo()) {
            ApiClient api = hall.api;
            String until = Instant.now().plus(Duration.ofSeconds(2)).toString();
            Reply sent = api.post("/api/v1/broadcast", api.login("9001"),
                    "{\"kind\":\"FIRE_DRILL\",\"until\":\"" + until + "\"}");
            assertThat(sent.status()).isEqualTo(201);
            assertThat(sent.json().get("until").asText()).isEqualTo(until);
            assertThat(api.get("/api/v1/broadcast", null).json().get("broadcast").get("kind").asText()).isEqualTo("FIRE_DRILL");
            while (Instant.now().isBefore(Instant.parse(until).plusMillis(100))) {
                Thread.sleep(100);
            }
            assertThat(api.get("/api/v1/broadcast", null).json().get("broadcast").isNull()).isTrue();
        }
    }

    @Test
    void badBroadcastsAreRefusedNamingTheFieldAndOnlyManagersSendThem() {
        try (RunningHall hall = RunningHall.demo()) {
            ApiClient api = hall.api;
            String manager = api.login("9001");
            assertThat(refused(api, manager, "{\"kind\":\"PARTY\"}")).isEqualTo("kind");
            assertThat(refused(api, manager, "{\"text\":\"x\"}")).isEqualTo("kind");
            assertThat(refused(api, manager, "{\"kind\":\"NOTICE\"}")).isEqualTo("text");
            assertThat(refused(api, manager, "{\"kind\":\"NOTICE\",\"text\":\"" + "火".repeat(121) + "\"}")).isEqualTo("text");
            assertThat(refused(api, manager, "{\"kind\":\"NOTICE\",\"text\":\"a\\nb\"}")).isEqualTo("text");
            assertThat(refused(api, manager, "{\"kind\":\"FIRE_DRILL\",\"until\":\"tomorrow\"}")).isEqualTo("until");
            assertThat(refused(api, manager, "{\"kind\":\"FIRE_DRILL\",\"until\":\"2020-01-01T00:00:00Z\"}")).isEqualTo("until");
            assertThat(refused(api, manager, "{\"kind\":\"FIRE_DRILL\",\"text\":7}")).isEqualTo("text");
            assertThat(api.post("/api/v1/broadcast", api.login("1001"), "{\"kind\":\"FIRE_DRILL\"}").status()).isEqualTo(403);
            assertThat(api.post("/api/v1/broadcast", "demo-display", "{\"kind\":\"FIRE_DRILL\"}").status()).isEqualTo(403);
            assertThat(api.post("/api/v1/broadcast", null, "{\"kind\":\"FIRE_DRILL\"}").status()).isEqualTo(401);
            assertThat(api.get("/api/v1/broadcast/voice.wav?kind=PARTY", null).status()).isEqualTo(400);
        }
    }

    @Test
    void theLongestTextFitsTheEventAndTheVoiceIsARecordingOfTheKind() {
        try (RunningHall hall = RunningHall.demo()) {
            ApiClient api = hall.api;
            EventStream screen = api.events("demo-display");
            screen.next("snapshot");
            String longest = "|\"\\".repeat(40);
            Reply sent = api.post("/api/v1/broadcast", api.login("9001"), "{\"kind\":\"NOTICE\",\"text\":\""
                    + longest.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"until\":\""
                    + Instant.now().plus(Duration.ofDays(6)) + "\"}");
            assertThat(sent.status()).isEqualTo(201);
            assertThat(screen.next("broadcast.started").get("broadcast").get("text").asText()).isEqualTo(longest);
            Reply voice = api.get("/api/v1/broadcast/voice.wav?kind=NOTICE&lang=en", null);
            assertThat(voice.status()).isEqualTo(200);
            assertThat(voice.contentType()).isEqualTo("audio/wav");
            assertThat(voice.text()).startsWith("RIFF");
            screen.close();
        }
    }

    @Test
    void aBroadcastSentAgainWithItsIdempotencyKeyIsSentOnce() {
        try (RunningHall hall = RunningHall.demo()) {
            ApiClient api = hall.api;
            String manager = api.login("9001");
            EventStream screen = api.events("demo-display");
            screen.next("snapshot");
            String body = "{\"kind\":\"SYSTEM_FAILURE\",\"text\":\"网络中断\"}";
            Reply first = api.sendOnce("POST", "/api/v1/broadcast", manager, body, "outage-1");
            Reply again = api.sendOnce("POST", "/api/v1/broadcast", manager, body, "outage-1");

            assertThat(again.status()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
            assertThat(screen.next("broadcast.started").get("broadcast").get("id").asLong())
                    .isEqualTo(first.json().get("id").asLong());
            api.send("DELETE", "/api/v1/broadcast", manager, null);
            assertThat(screen.next().get("type").asText()).isEqualTo("broadcast.cleared");
            assertThat(api.get("/api/v1/audit", manager).json().get("entries").findValuesAsText("action")
                    .stream().filter("broadcast.started"::equals)).hasSize(1);
            screen.close();
        }
    }

    private static String refused(ApiClient api, String manager, String body) {
        Reply r = api.post("/api/v1/broadcast", manager, body);
        assertThat(r.status()).as(body).isEqualTo(400);
        return r.json().get("field").asText();
    }
}
