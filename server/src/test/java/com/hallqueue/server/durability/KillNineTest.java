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

    /**
     * A kiosk sends its request and the server is killed before (or just after) it answers:
     * the kiosk sends again with the same key to the restarted server and the citizen holds
     * one ticket, never two, whichever side of the commit the kill fell on.
     */
    @Test
    void aKioskThatRetriesAfterAKillHoldsOneTicketNeverTwo() throws Exception {
        java.util.Random random = new java.util.Random(13);
        for (int round = 1; round <= 5; round++) {
            String key = "kiosk-K1-round-" + round;
            try (ServerProcess server = ServerProcess.start(data)) {
                sendAndHangUp(server.port(), key);
                Thread.sleep(random.nextInt(30));
                server.kill9();
            }
            try (ServerProcess restarted = ServerProcess.start(data)) {
                Reply retry = restarted.api().postOnce("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}", key);
                assertThat(retry.status()).isEqualTo(201);
                int waiting = 0;
                for (JsonNode s : restarted.api().get("/api/v1/queue", null).json().get("services")) {
                    waiting += s.get("waiting").asInt();
                }
                assertThat(waiting).as("one ticket per kiosk request after round %d", round).isEqualTo(round);
            }
        }
    }

    private static void sendAndHangUp(int port, String key) throws Exception {
        byte[] body = "{\"service\":\"C\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.getOutputStream().write(("POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo-kiosk"
                    + "\r\nIdempotency-Key: " + key + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            s.getOutputStream().write(body);
            s.getOutputStream().flush();
        }
    }
}
