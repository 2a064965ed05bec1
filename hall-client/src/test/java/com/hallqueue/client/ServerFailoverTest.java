package com.hallqueue.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.TwoServers;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client given two servers of one hall, the first killed with {@code kill -9}: its event
 * stream and its requests move to the second, and the second's snapshot is what it sees.
 * The two servers here keep separate databases, so the state tells which one answered. A
 * request that cannot connect is tried on the next server at once; a refusal moves nothing.
 */
class ServerFailoverTest {

    @TempDir
    Path dir;

    @Test
    void whenItsServerIsKilledTheClientMovesToTheNextAndResyncsFromItsSnapshot() throws Exception {
        try (TwoServers halls = TwoServers.start(dir)) {
            halls.second.api().post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            halls.second.api().post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            HallClient hall = new HallClient(HallClient.addresses(halls.addresses()), "demo-display");
            BlockingQueue<JsonNode> snapshots = new LinkedBlockingQueue<>();
            try (EventFollower events = new EventFollower(hall, m -> {
                if (m.path("type").asText().equals("snapshot")) {
                    snapshots.add(m);
                }
            })) {
                events.start();
                assertThat(waitingForA(snapshots.poll(10, TimeUnit.SECONDS))).isZero();
                assertThat(waitingForA(hall.get("api/v1/queue"))).isZero();

                halls.first.kill9();
                JsonNode fresh = snapshots.poll(5, TimeUnit.SECONDS);
                assertThat(fresh).as("a snapshot from the second server within 5 s").isNotNull();
                assertThat(waitingForA(fresh)).isEqualTo(2);
                assertThat(hall.server().getPort()).isEqualTo(halls.second.port());
                assertThat(waitingForA(hall.get("api/v1/queue"))).isEqualTo(2);
            }

            URI dead = URI.create(TwoServers.url(halls.first) + "/");
            URI live = URI.create(TwoServers.url(halls.second) + "/");
            HallClient another = new HallClient(List.of(dead, live), "demo-display");
            assertThat(waitingForA(another.get("api/v1/queue"))).as("tried on the next server at once").isEqualTo(2);
            assertThat(another.server()).isEqualTo(live);
            HallClient refused = new HallClient(List.of(live, dead), "no-such-token");
            assertThatThrownBy(() -> refused.post("api/v1/tickets", null))
                    .isInstanceOfSatisfying(HallClient.Refused.class, r -> assertThat(r.status).isEqualTo(401));
            assertThat(refused.server()).as("a refusal does not move the client").isEqualTo(live);
        }
    }

    @Test
    void addressesAreCommaSeparatedUrlsAndOneStillWorksAlone() {
        assertThat(HallClient.addresses("http://127.0.0.1:8080")).containsExactly(URI.create("http://127.0.0.1:8080/"));
        assertThat(HallClient.addresses("http://a:8080/, https://b:8443/hall"))
                .containsExactly(URI.create("http://a:8080/"), URI.create("https://b:8443/hall/"));
        assertThatThrownBy(() -> HallClient.addresses("http://a:8080,b:8080")).hasMessageContaining("\"b:8080\"");
        assertThatThrownBy(() -> HallClient.addresses(" , ")).hasMessageContaining("at least one");
    }

    private static int waitingForA(JsonNode hasQueue) {
        JsonNode queue = hasQueue.has("queue") ? hasQueue.get("queue") : hasQueue;
        for (JsonNode service : queue.get("services")) {
            if (service.get("service").asText().equals("A")) {
                return service.get("waiting").asInt();
            }
        }
        throw new AssertionError("no service A in " + hasQueue);
    }

}
