package com.hallqueue.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Eventually;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.RunningHall;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Two servers of one hall on one PostgreSQL database: a consent given on one is known to the
 * other, the server that calls decides, and each message goes out once although both
 * servers' outboxes look for work.
 */
class NotifierOnPostgresTest {

    @Test
    void twoServersSendEachMessageOnce() throws InterruptedException {
        String db = Postgres.freshSchema();
        try (FakeGateway gateway = new FakeGateway(Duration.ofMillis(100))) {
            HallConfig config = NotifierTest.hallSendingTo(gateway.url(), 3, 2000);
            try (RunningHall east = RunningHall.start(config, db, Clock.systemUTC());
                 RunningHall west = RunningHall.start(config, db, Clock.systemUTC())) {
                List<String> ids = IntStream.range(0, 6).mapToObj(i -> east.api.post("/api/v1/tickets", "demo-kiosk",
                        "{\"service\":\"A\"}").json().get("id").asText()).toList();
                for (int i = 0; i < ids.size(); i++) {
                    ApiClient on = i % 2 == 0 ? east.api : west.api;
                    String phone = "1380013800" + i;
                    assertThat(on.post("/api/v1/tickets/" + ids.get(i) + "/notify", null,
                            "{\"phone\":\"" + phone + "\",\"aheadAt\":1}").status()).isEqualTo(200);
                }
                String one = west.api.login("1001");
                String two = east.api.login("1002");
                west.api.post("/api/v1/counters/1/open", one, null);
                east.api.post("/api/v1/counters/2/open", two, null);
                for (int round = 0; round < 3; round++) {
                    callAndFinish(west.api, 1, one, gateway);
                    callAndFinish(east.api, 2, two, gateway);
                }
                JsonNode counts = awaitSettled(east.api);
                int sent = counts.get("SENT").asInt();
                assertThat(sent).isGreaterThanOrEqualTo(6); // every call at least, with the counts ahead that were due
                assertThat(gateway.received()).hasSize(sent);
                assertThat(gateway.received().stream().map(FakeGateway.Received::idempotencyKey).distinct()).hasSize(sent);
            }
        }
    }

    /** Waits until the call's message is out before the ticket is finished, so it is still due. */
    private static void callAndFinish(ApiClient api, int counter, String token, FakeGateway gateway) {
        JsonNode t = api.post("/api/v1/counters/" + counter + "/call-next", token, null).json();
        String calledText = "请" + t.get("number").asText() + "号到" + counter + "号窗口";
        gateway.await(l -> l.stream().anyMatch(r -> r.body().contains(calledText)));
        api.post("/api/v1/counters/" + counter + "/finish", token, null);
    }

    /** Waits until no message is waiting or being sent, and gives the counts. */
    private static JsonNode awaitSettled(ApiClient api) {
        String manager = api.login("9001");
        JsonNode[] last = new JsonNode[1];
        return Eventually.await(() -> "no message waiting or being sent; last counts " + last[0],
                Duration.ofSeconds(30), () -> {
                    JsonNode counts = api.get("/api/v1/notifications", manager).json().get("counts");
                    last[0] = counts;
                    boolean settled = counts.get("PENDING").asInt() == 0 && counts.get("SENDING").asInt() == 0;
                    return settled ? Optional.of(counts) : Optional.empty();
                });
    }
}
