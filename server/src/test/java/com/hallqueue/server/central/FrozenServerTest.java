package com.hallqueue.server.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.MovingClient;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.ServerProcess;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three server processes of one hall on one PostgreSQL database; one is frozen with
 * {@code SIGSTOP} in the middle of the load while it holds the hall's lock, as a paused VM
 * or a GC storm would freeze it. PostgreSQL ends its session within seconds, the other two
 * keep serving, and once it runs again ({@code SIGCONT}) its late commit fails, it rebuilds
 * and catches up: every ticket is called once, none is lost.
 */
class FrozenServerTest {

    /** The liveness bound the hall promises: the others serve again within this of the freeze. */
    private static final Duration SERVING_AGAIN_WITHIN = Duration.ofSeconds(10);
    private static final List<Integer> COUNTERS = List.of(1, 2, 3, 4, 6);
    private static final int FROZEN = 2;

    @TempDir
    Path data;
    private final List<ServerProcess> servers = new ArrayList<>();
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final Set<String> numbers = ConcurrentHashMap.newKeySet();
    private final List<String> called = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean issuing = new AtomicBoolean(true);
    private final AtomicBoolean serving = new AtomicBoolean(true);

    @AfterEach
    void stopServers() {
        servers.forEach(ServerProcess::close);
    }

    @Test
    void aServerFrozenHoldingTheHallLockHoldsNobodyUpAndCatchesUpWhenItRunsAgain() throws Exception {
        String db = Postgres.freshSchema();
        startThreeServers(db);
        List<ApiClient> apis = servers.stream().map(s -> new ApiClient(s.port(), Duration.ofSeconds(4))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3 + COUNTERS.size());
        List<Future<?>> work = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            MovingClient client = new MovingClient(apis, k);
            work.add(pool.submit(() -> issue(client)));
        }
        for (int i = 0; i < COUNTERS.size(); i++) {
            MovingClient client = new MovingClient(apis, i % 3);
            int counter = COUNTERS.get(i);
            String token = servers.get(0).api().login(Integer.toString(1000 + counter));
            work.add(pool.submit(() -> serve(client, counter, token)));
        }
        Thread.sleep(1500);

        long frozenAt = freezeWhileHoldingTheLock(servers.get(FROZEN), db);
        for (int s = 0; s < 3; s++) {
            if (s != FROZEN) {
                assertThat(firstTicketAfter(apis.get(s))).isLessThan(frozenAt + SERVING_AGAIN_WITHIN.toNanos());
            }
        }
        Thread.sleep(6000); // PostgreSQL ended its session some seconds ago
        servers.get(FROZEN).thaw();

        awaitCaughtUp(apis.get(FROZEN), apis.get(0));
        assertThat(Files.readString(data.resolve("server-" + FROZEN).resolve("server.log")))
                .contains("restoring the hall from the store");
        issuing.set(false);
        Thread.sleep(500);
        serving.set(false);
        for (Future<?> f : work) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        drain(apis.get(0));

        assertThat(failures).isEmpty();
        assertThat(numbers).hasSize(issued.size());
        assertThat(called).doesNotHaveDuplicates();
        assertThat(Set.copyOf(called)).containsAll(issued);
        assertEveryTicketCalledOnceAndTheLogWhole(db);
    }

    /**
     * Freezes the server, and lets it run again and freezes it anew until it is caught inside
     * a write: a session of the database idle inside a transaction that holds a transaction id
     * (the hall's lock or a row written). Returns when the freeze that counts began.
     */
    private static long freezeWhileHoldingTheLock(ServerProcess server, String db) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            long at = System.nanoTime();
            server.freeze();
            Thread.sleep(800);
            if (writerIdleInTransaction(db)) {
                return at;
            }
            server.thaw();
            Thread.sleep(50 + attempt * 7 % 40);
        }
        throw new AssertionError("the server was never caught holding the hall's lock");
    }

    private static boolean writerIdleInTransaction(String db) throws Exception {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                     + " AND state = 'idle in transaction' AND backend_xid IS NOT NULL"
                     + " AND state_change < now() - interval '500 milliseconds'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /** When a ticket issued at this server was first answered 201, trying again on every failure. */
    private static long firstTicketAfter(ApiClient api) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}").status() == 201) {
                    return System.nanoTime();
                }
            } catch (UncheckedIOException timedOut) {
                // asked again below
            }
        }
        return Long.MAX_VALUE;
    }

    /** The thawed server takes a ticket again and shows the same waiting counts as another server. */
    private static void awaitCaughtUp(ApiClient thawed, ApiClient other) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (thawed.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}").status() == 201
                        && waiting(thawed).equals(waiting(other))) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // still rebuilding
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the thawed server did not catch up: " + waiting(thawed) + " vs " + waiting(other));
    }

    private static List<Integer> waiting(ApiClient api) {
        List<Integer> out = new ArrayList<>();
        api.get("/api/v1/queue", null).json().get("services").forEach(s -> out.add(s.get("waiting").asInt()));
        return out;
    }

    /** Counter 5, which alone serves C, calls the probes' tickets; the load's tickets are all called. */
    private void drain(ApiClient api) {
        String token = api.login("1005");
        api.post("/api/v1/counters/5/open", token, null);
        while (api.post("/api/v1/counters/5/call-next", token, null).status() == 200) {
            api.post("/api/v1/counters/5/finish", token, null);
        }
        api.get("/api/v1/queue", null).json().get("services")
                .forEach(s -> assertThat(s.get("waiting").asInt()).as(s.toString()).isZero());
    }

    private static void assertEveryTicketCalledOnceAndTheLogWhole(String db) throws Exception {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT ticket_id FROM hall_event WHERE type = 'ticket.called'"
                    + " GROUP BY ticket_id HAVING COUNT(*) > 1")) {
                assertThat(rs.next()).as("a ticket called twice").isFalse();
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(seq) FROM hall_event")) {
                rs.next();
                assertThat(rs.getLong(1)).as("events numbered without a gap").isEqualTo(rs.getLong(2));
            }
        }
    }

    private void startThreeServers(String db) throws Exception {
        servers.addAll(ServerProcess.startTogether(data, 3, "--db", db));
    }

    private void issue(MovingClient client) {
        while (issuing.get()) {
            String service = ThreadLocalRandom.current().nextInt(3) == 0 ? "B" : "A";
            Reply r = client.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}");
            if (r != null && r.status() == 201) {
                issued.add(r.json().get("id").asText());
                numbers.add(r.json().get("number").asText());
            } else if (r != null && r.status() != 503) {
                failures.add("issue: " + r);
            }
            pause(20);
        }
    }

    /** Calls and finishes until told to stop and nobody waits for this counter any more. */
    private void serve(MovingClient client, int counter, String token) {
        String base = "/api/v1/counters/" + counter;
        client.post(base + "/open", token, null);
        while (true) {
            Reply r = client.post(base + "/call-next", token, null);
            if (r == null || r.status() == 409 || r.status() == 503) {
                finishHeld(client, counter, token);
            } else if (r.status() == 200) {
                called.add(r.json().get("id").asText());
                client.post(base + "/finish", token, null);
            } else if (r.status() == 204) {
                if (!serving.get()) {
                    return;
                }
                pause(20);
            } else {
                failures.add("counter " + counter + ": " + r);
                return;
            }
        }
    }

    /** A call whose answer was lost: the counter holds the ticket; count it called once and finish it. */
    private void finishHeld(MovingClient client, int counter, String token) {
        Reply counters = client.get("/api/v1/counters");
        if (counters == null) {
            return;
        }
        for (JsonNode c : counters.json()) {
            if (c.get("number").asInt() == counter && c.hasNonNull("ticket")) {
                String id = c.get("ticket").get("id").asText();
                synchronized (called) {
                    if (!called.contains(id)) {
                        called.add(id);
                    }
                }
                client.post("/api/v1/counters/" + counter + "/finish", token, null);
            }
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
