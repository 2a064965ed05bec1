package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Twenty counters calling at once while eight kiosks issue 2,000 tickets: every ticket is
 * called exactly once, none is lost, and no number is issued twice.
 */
class ConcurrentCountersTest {

    private static final int COUNTERS = 20;
    private static final int KIOSKS = 8;
    private static final int TICKETS = 2000;

    @Test
    void twentyCountersCallTwoThousandTicketsWithNoDoubleCallsAndNoneLost() throws Exception {
        try (RunningHall hall = RunningHall.start(Halls.bigHall(COUNTERS), Clock.systemUTC())) {
            Set<String> issuedIds = ConcurrentHashMap.newKeySet();
            Set<String> issuedNumbers = ConcurrentHashMap.newKeySet();
            List<String> calledIds = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch kiosksDone = new CountDownLatch(KIOSKS);
            AtomicInteger failures = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(KIOSKS + COUNTERS);
            List<Future<?>> work = new ArrayList<>();
            for (int k = 1; k <= KIOSKS; k++) {
                int kiosk = k;
                work.add(pool.submit(() -> {
                    issue(hall.api, kiosk, issuedIds, issuedNumbers, failures);
                    kiosksDone.countDown();
                }));
            }
            for (int n = 1; n <= COUNTERS; n++) {
                int counter = n;
                work.add(pool.submit(() -> serve(hall.api, counter, kiosksDone, calledIds, failures)));
            }
            for (Future<?> f : work) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(failures.get()).isZero();
            assertThat(issuedIds).hasSize(TICKETS);
            assertThat(issuedNumbers).hasSize(TICKETS);
            assertThat(calledIds).doesNotHaveDuplicates().hasSize(TICKETS);
            assertThat(Set.copyOf(calledIds)).isEqualTo(issuedIds);
            JsonNode queue = hall.api.get("/api/v1/queue", null).json();
            queue.get("services").forEach(s -> assertThat(s.get("waiting").asInt()).isZero());
        }
    }

    private static void issue(ApiClient api, int kiosk, Set<String> ids, Set<String> numbers, AtomicInteger failures) {
        for (int i = 0; i < TICKETS / KIOSKS; i++) {
            String service = i % 3 == 0 ? "B" : "A";
            Reply r = api.post("/api/v1/tickets", "kiosk-token-" + kiosk, "{\"service\":\"" + service + "\"}");
            if (r.status() != 201) {
                failures.incrementAndGet();
                continue;
            }
            ids.add(r.json().get("id").asText());
            numbers.add(r.json().get("number").asText());
        }
    }

    private static void serve(ApiClient api, int counter, CountDownLatch kiosksDone, List<String> called,
                              AtomicInteger failures) {
        String token = api.login(Integer.toString(1000 + counter));
        String base = "/api/v1/counters/" + counter;
        api.post(base + "/open", token, null);
        while (true) {
            Reply r = api.post(base + "/call-next", token, null);
            if (r.status() == 200) {
                called.add(r.json().get("id").asText());
                if (api.post(base + "/finish", token, null).status() != 200) {
                    failures.incrementAndGet();
                }
            } else if (r.status() == 204) {
                if (kiosksDone.getCount() == 0 && emptyFor(api, counter)) {
                    return;
                }
            } else {
                failures.incrementAndGet();
                return;
            }
        }
    }

    /** Nothing waits that this counter could call (odd counters serve A only). */
    private static boolean emptyFor(ApiClient api, int counter) {
        JsonNode services = api.get("/api/v1/queue", null).json().get("services");
        int waitingA = services.get(0).get("waiting").asInt();
        int waitingB = services.get(1).get("waiting").asInt();
        return counter % 2 == 1 ? waitingA == 0 : waitingA + waitingB == 0;
    }
}
