package com.hallqueue.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.ServerProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as a real process, killed with {@code kill -9} while kiosks are issuing: after a
 * restart on the same data every acknowledged ticket is there and no number repeats.
 */
class KillNineTest {

    private static final int KIOSKS = 4;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedTicketSurvivesKillNineAndNoNumberRepeats() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        String calledBeforeKill;
        try (ServerProcess server = ServerProcess.start(data)) {
            ApiClient api = server.api();
            api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}");
            String token = api.login("1003");
            api.post("/api/v1/counters/3/open", token, null);
            calledBeforeKill = api.post("/api/v1/counters/3/call-next", token, null).json().get("number").asText();
            issueUntilKilled(api, server, acknowledged);
        }
        assertThat(acknowledged).hasSizeGreaterThan(200);

        try (ServerProcess restarted = ServerProcess.start(data)) {
            ApiClient api = restarted.api();
            acknowledged.forEach((id, number) -> {
                Reply r = api.get("/api/v1/tickets/" + id, null);
                assertThat(r.status()).as("ticket %s (%s)", number, id).isEqualTo(200);
                assertThat(r.json().get("number").asText()).isEqualTo(number);
            });
            for (int i = 0; i < 20; i++) {
                String number = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json()
                        .get("number").asText();
                assertThat(acknowledged.values()).doesNotContain(number);
            }
            JsonNode counter = api.get("/api/v1/counters/3", null).json();
            assertThat(counter.get("state").asText()).isEqualTo("CALLING");
            assertThat(counter.get("ticket").get("number").asText()).isEqualTo(calledBeforeKill);
        }
    }

    @Test
    void sigtermClosesCleanlyWithExitStatusZero() throws Exception {
        ServerProcess server = ServerProcess.start(data);
        String id = server.api().post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
        assertThat(server.terminate()).isZero();
        try (ServerProcess again = ServerProcess.start(data)) {
            assertThat(again.api().get("/api/v1/tickets/" + id, null).json().get("number").asText()).isEqualTo("A001");
        }
    }

    /** Kiosks issue A tickets as fast as they can; the process is killed right after the 300th answer. */
    private static void issueUntilKilled(ApiClient api, ServerProcess server, Map<String, String> acknowledged)
            throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService kiosks = Executors.newFixedThreadPool(KIOSKS);
        List<Future<?>> running = new ArrayList<>();
        for (int k = 0; k < KIOSKS; k++) {
            running.add(kiosks.submit(() -> {
                while (!killed.get()) {
                    try {
                        Reply r = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
                        if (r.status() == 201) {
                            acknowledged.put(r.json().get("id").asText(), r.json().get("number").asText());
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                    if (acknowledged.size() >= 300 && killed.compareAndSet(false, true)) {
                        server.kill9();
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        kiosks.shutdown();
    }
}
