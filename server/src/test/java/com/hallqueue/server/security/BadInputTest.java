package com.hallqueue.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.RunningHall;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand generated bad requests from four clients at once: every one is answered
 * with a 4xx (problem+json from the API) or the connection is closed on a broken request,
 * never a 5xx, never left hanging; and the hall is just as it was. Slow readers and
 * half-open connections hold up nobody.
 */
class BadInputTest {

    private static final int CLIENTS = 4;
    private static final int PER_CLIENT = 2500;

    @Test
    void tenThousandBadRequestsGetOnly4xxAndChangeNothing() throws Exception {
        try (RunningHall hall = RunningHall.demo()) {
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            String before = state(hall);
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                BadInputGenerator requests = new BadInputGenerator(1000 + c);
                clients.add(pool.submit(() -> send(hall.port(), requests, statuses)));
            }
            for (Future<?> f : clients) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(statuses.keySet()).as("statuses seen: %s", statuses).allMatch(s -> s == 0 || (s >= 400 && s < 500)
                    || s == 200 || s == 204 || s == 304);
            assertThat(statuses.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(CLIENTS * PER_CLIENT);
            int unanswered = statuses.getOrDefault(0, new AtomicInteger()).get();
            assertThat(unanswered).as("closed without an answer (requests broken at the HTTP level)")
                    .isLessThan(CLIENTS * PER_CLIENT / 20);
            assertThat(state(hall)).isEqualTo(before);
        }
    }

    @Test
    void aSlowReaderAndAHalfOpenConnectionHoldUpNobody() throws Exception {
        try (RunningHall hall = RunningHall.demo();
             Socket silent = new Socket("127.0.0.1", hall.port());
             Socket trickle = new Socket("127.0.0.1", hall.port())) {
            silent.getOutputStream().write("POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{".getBytes());
            trickle.getOutputStream().write("GET /api/v1/que".getBytes());
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                assertThat(hall.api.get("/api/v1/queue", null).status()).isEqualTo(200);
            }
            assertThat((System.nanoTime() - start) / 1e9).as("seconds for 50 answers").isLessThan(10);
        }
    }

    /**
     * Status 0 stands for "the server closed the connection without an answer", which is
     * what a request too broken to answer gets; anything else must be a full answer.
     */
    private static void send(int port, BadInputGenerator requests, Map<Integer, AtomicInteger> statuses) {
        for (int i = 0; i < PER_CLIENT; i++) {
            int status = exchange(port, requests.next());
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static int exchange(int port, byte[] request) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            s.shutdownOutput();
            InputStream in = new BufferedInputStream(s.getInputStream());
            String line = statusLine(in);
            if (line == null) {
                return 0;
            }
            int status = Integer.parseInt(line.substring(9, 12));
            assertThat(status).as(line).isLessThan(500);
            return status;
        } catch (SocketTimeoutException e) {
            throw new AssertionError("a request was left hanging for 5 s", e);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        byte[] head = in.readNBytes(12);
        return head.length < 12 ? null : new String(head, StandardCharsets.US_ASCII);
    }

    private static String state(RunningHall hall) {
        JsonNode queue = hall.api.get("/api/v1/queue", null).json();
        StringBuilder out = new StringBuilder();
        queue.get("services").forEach(s -> out.append(s.get("service").asText()).append(s.get("waiting").asInt()));
        hall.api.get("/api/v1/counters", null).json().forEach(c -> out.append(c.get("number").asInt())
                .append(c.get("state").asText()));
        out.append(hall.api.get("/metrics", null).text().lines()
                .filter(l -> l.startsWith("hallqueue_events_total")).toList());
        return out.toString();
    }
}
