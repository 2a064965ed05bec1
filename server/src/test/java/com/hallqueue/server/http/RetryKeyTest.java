package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.Eventually;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Idempotency-Key} on a real server: a kiosk that sends again gets its first ticket, never a second. */
class RetryKeyTest {

    @TempDir
    Path data;

    @Test
    void aRepeatedIssueWithTheSameKeyGetsTheFirstTicketBackMarkedReplayed() {
        try (RunningHall hall = RunningHall.demo()) {
            Reply first = hall.api.postOnce("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}", "kiosk-K1-0001");
            Reply again = hall.api.postOnce("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}", "kiosk-K1-0001");

            assertThat(first.status()).isEqualTo(201);
            assertThat(first.header("Idempotent-Replayed")).isNull();
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.text()).isEqualTo(first.text());
            assertThat(waiting(hall)).as("one ticket, never two").isEqualTo(1);
        }
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndAMalformedKeyIs400() {
        try (RunningHall hall = RunningHall.demo()) {
            hall.api.postOnce("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}", "k-1");

            Reply other = hall.api.postOnce("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}", "k-1");
            Reply bad = hall.api.postOnce("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}", "x".repeat(65));

            assertThat(other.status()).isEqualTo(422);
            assertThat(other.json().get("field").asText()).isEqualTo("Idempotency-Key");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(waiting(hall)).isEqualTo(1);
        }
    }

    @Test
    void keysAreTheCallersOwnSoTwoKiosksMayUseTheSameOne() {
        try (RunningHall hall = RunningHall.demo()) {
            String token = hall.api.login("1001");
            hall.api.postOnce("/api/v1/counters/1/open", token, null, "same");
            Reply issued = hall.api.postOnce("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}", "same");

            assertThat(issued.status()).isEqualTo(201);
            assertThat(issued.header("Idempotent-Replayed")).isNull();
        }
    }

    @Test
    void aCounterActionSentAgainIsNotCarriedOutTwice() {
        try (RunningHall hall = RunningHall.demo()) {
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            String token = hall.api.login("1001");
            hall.api.post("/api/v1/counters/1/open", token, null);

            Reply call = hall.api.postOnce("/api/v1/counters/1/call-next", token, null, "pad-press-17");
            hall.api.post("/api/v1/counters/1/finish", token, null);
            Reply again = hall.api.postOnce("/api/v1/counters/1/call-next", token, null, "pad-press-17");

            assertThat(again.json().get("number").asText()).isEqualTo(call.json().get("number").asText())
                    .isEqualTo("A001");
            assertThat(waiting(hall)).as("A002 still waits: the repeat called nobody").isEqualTo(1);
        }
    }

    @Test
    void anAnswerLostWithItsConnectionIsGivenAgainAfterARestart() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("hallqueue") + ";WRITE_DELAY=0";
        try (RunningHall hall = RunningHall.start(Halls.demo(), url, Duration.ofSeconds(30))) {
            sendAndHangUp(hall.port(), "{\"service\":\"B\"}", "lost-answer-1");
            awaitWaiting(hall, 1);
        }
        try (RunningHall hall = RunningHall.start(Halls.demo(), url, Duration.ofSeconds(30))) {
            Reply retry = hall.api.postOnce("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}", "lost-answer-1");

            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.json().get("number").asText()).isEqualTo("B001");
            assertThat(waiting(hall)).as("the retry made no second ticket").isEqualTo(1);
        }
    }

    /** A kiosk whose connection broke before the answer came: the request was sent, the answer never read. */
    private static void sendAndHangUp(int port, String body, String key) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo-kiosk\r\n"
                    + "Idempotency-Key: " + key + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        }
    }

    private static void awaitWaiting(RunningHall hall, int n) {
        Eventually.await(n + " waiting", java.time.Duration.ofSeconds(5), () -> waiting(hall) >= n);
    }

    private static int waiting(RunningHall hall) {
        int total = 0;
        for (var s : hall.api.get("/api/v1/queue", null).json().get("services")) {
            total += s.get("waiting").asInt();
        }
        return total;
    }
}
