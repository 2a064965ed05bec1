package com.hallqueue.server.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.MovingClient;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.ServerProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real server processes on one PostgreSQL database act as one hall: kiosks and
 * counters spread over them, calling at once; one server is killed with {@code kill -9}
 * half-way and its counters and kiosk carry on at the others.
 */
class SeveralServersTest {

    private static final int TICKETS = 240;
    /** The demo hall's counters that serve A or B; counter 5 serves only C. */
    private static final List<Integer> COUNTERS = List.of(1, 2, 3, 4, 6);

    @TempDir
    Path data;
    private final List<ServerProcess> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(ServerProcess::close);
    }

    @Test
    void threeServersOnOneDatabaseCallEveryTicketOnceAndEveryDisplaySeesEveryCallInOneOrder() throws Exception {
        startThreeServersAtOnce(Postgres.freshSchema());
        List<ApiClient> apis = servers.stream().map(ServerProcess::api).toList();
        EventStream display0 = apis.get(0).events("demo-display");
        EventStream display1 = apis.get(1).events("demo-display");
        display0.next("snapshot");
        display1.next("snapshot");

        Set<String> issued = ConcurrentHashMap.newKeySet();
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        List<String> called = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3 + COUNTERS.size());
        List<Future<?>> work = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            MovingClient hall = new MovingClient(apis, k);
            work.add(pool.submit(() -> issue(hall, issued, numbers, failures)));
        }
        for (int i = 0; i < COUNTERS.size(); i++) {
            MovingClient hall = new MovingClient(apis, i % 3);
            int counter = COUNTERS.get(i);
            work.add(pool.submit(() -> serve(hall, counter, called, failures)));
        }
        while (called.size() < TICKETS / 2) {
            Thread.sleep(10);
        }
        servers.get(2).kill9();
        for (Future<?> f : work) {
            f.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(failures.get()).isZero();
        assertThat(numbers).hasSize(issued.size());
        assertThat(called).doesNotHaveDuplicates();
        assertThat(Set.copyOf(called)).containsAll(issued);
        assertThat(issued.size()).isGreaterThanOrEqualTo(TICKETS - 2);
        List<String> seen0 = calls(display0, called.size());
        List<String> seen1 = calls(display1, called.size());
        assertThat(seen0).containsExactlyInAnyOrderElementsOf(called).isEqualTo(seen1);
        JsonNode queue = apis.get(0).get("/api/v1/queue", null).json();
        queue.get("services").forEach(s -> assertThat(s.get("waiting").asInt()).isZero());
    }

    @Test
    void aRetryOnAnotherServerOfTheHallGetsTheFirstAnswerNeverASecondTicket() throws Exception {
        startThreeServersAtOnce(Postgres.freshSchema());
        ApiClient.Reply first = servers.get(0).api().postOnce("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}",
                "kiosk-retry-1");
        ApiClient.Reply retry = servers.get(1).api().postOnce("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}",
                "kiosk-retry-1");
        ApiClient.Reply reused = servers.get(2).api().postOnce("/api/v1/tickets", "demo-kiosk",
                "{\"service\":\"A\"}", "kiosk-retry-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(reused.status()).isEqualTo(422);
        JsonNode queue = servers.get(2).api().get("/api/v1/queue", null).json();
        queue.get("services").forEach(q -> assertThat(q.get("waiting").asInt())
                .isEqualTo("C".equals(q.get("service").asText()) ? 1 : 0));
    }

    @Test
    void aStaffTokenFromOneServerWorksOnEveryOtherAndLogoutEndsItEverywhere() throws Exception {
        startThreeServersAtOnce(Postgres.freshSchema());
        String token = servers.get(0).api().login("1001");
        assertThat(servers.get(1).api().post("/api/v1/counters/1/open", token, null).status()).isEqualTo(200);
        Reply issued = servers.get(2).api().post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
        Reply call = servers.get(2).api().post("/api/v1/counters/1/call-next", token, null);
        assertThat(call.json().get("id").asText()).isEqualTo(issued.json().get("id").asText());
        assertThat(servers.get(1).api().post("/api/v1/auth/logout", token, null).status()).isEqualTo(204);
        assertThat(servers.get(0).api().post("/api/v1/counters/1/finish", token, null).status()).isEqualTo(401);
    }

    private void startThreeServersAtOnce(String db) throws Exception {
        servers.addAll(ServerProcess.startTogether(data, 3, "--db", db));
    }

    /** The ticket ids of the next {@code n} calls a display is told of, in the order it is told. */
    private static List<String> calls(EventStream display, int n) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            out.add(display.next("ticket.called").get("ticket").get("id").asText());
        }
        return out;
    }

    private static void issue(MovingClient hall, Set<String> ids, Set<String> numbers, AtomicInteger failures) {
        for (int i = 0; i < TICKETS / 3; i++) {
            String service = i % 3 == 0 ? "B" : "A";
            Reply r = hall.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}");
            if (r == null) {
                continue; // the server died before answering: the ticket may or may not exist
            }
            if (r.status() != 201) {
                failures.incrementAndGet();
                continue;
            }
            ids.add(r.json().get("id").asText());
            numbers.add(r.json().get("number").asText());
        }
    }

    private static void serve(MovingClient hall, int counter, List<String> called, AtomicInteger failures) {
        String base = "/api/v1/counters/" + counter;
        String token = hall.login(Integer.toString(1000 + counter));
        hall.post(base + "/open", token, null);
        long idleSince = System.nanoTime();
        while (System.nanoTime() - idleSince < TimeUnit.SECONDS.toNanos(3)) {
            Reply r = hall.post(base + "/call-next", token, null);
            if (r == null || r.status() == 409) {
                finishHeld(hall, counter, token, called);
            } else if (r.status() == 200) {
                called.add(r.json().get("id").asText());
                hall.post(base + "/finish", token, null);
                idleSince = System.nanoTime();
            } else if (r.status() != 204) {
                failures.incrementAndGet();
                return;
            }
        }
    }

    /** A call whose answer was lost with its server: the counter holds the ticket; finish it. */
    private static void finishHeld(MovingClient hall, int counter, String token, List<String> called) {
        Reply counters = hall.get("/api/v1/counters");
        if (counters == null) {
            return;
        }
        for (JsonNode c : counters.json()) {
            if (c.get("number").asInt() == counter && c.hasNonNull("ticket")) {
                String id = c.get("ticket").get("id").asText();
                if (!called.contains(id)) {
                    called.add(id);
                }
                hall.post("/api/v1/counters/" + counter + "/finish", token, null);
            }
        }
    }
}
