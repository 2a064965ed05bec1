package com.hallqueue.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.RunningHall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what: every endpoint against every kind of caller — nobody, the kiosk, its
 * printer agent, a screen, staff at their own counter, staff at another counter, a manager.
 */
class RoleMatrixTest {

    private static final List<String> ROLES = List.of("anonymous", "kiosk", "printer", "display", "own staff",
            "other staff", "manager");

    private static RunningHall hall;
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static String ticketId;

    @BeforeAll
    static void start() {
        hall = RunningHall.demo();
        TOKENS.put("anonymous", null);
        TOKENS.put("kiosk", "demo-kiosk");
        TOKENS.put("printer", "demo-printer");
        TOKENS.put("display", "demo-display");
        TOKENS.put("own staff", hall.api.login("1001"));
        TOKENS.put("other staff", hall.api.login("1002"));
        TOKENS.put("manager", hall.api.login("9001"));
        hall.api.post("/api/v1/counters/1/open", TOKENS.get("own staff"), null);
        hall.api.post("/api/v1/counters/2/open", TOKENS.get("other staff"), null);
        ticketId = hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}").json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        hall.close();
    }

    private record Row(String method, String path, String body, Map<String, Integer> expected) {
    }

    /** Staff at their own counter: allowed, with an answer that depends on the counter's state (see below). */
    private static final int OWN = -1;

    /** Statuses per role, in the order of {@link #ROLES}. */
    private static Map<String, Integer> statuses(int... byRole) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < ROLES.size(); i++) {
            m.put(ROLES.get(i), byRole[i]);
        }
        return m;
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String open : List.of("/api/v1/counters", "/api/v1/counters/1", "/api/v1/queue", "/api/v1/hall",
                "/health", "/metrics", "/api/v1/tickets/" + ticketId)) {
            rows.add(new Row("GET", open, null, statuses(200, 200, 200, 200, 200, 200, 200)));
        }
        rows.add(new Row("POST", "/api/v1/tickets", "{\"service\":\"A\"}", statuses(401, 201, 403, 403, 403, 403, 403)));
        rows.add(new Row("GET", "/api/v1/stats", null, statuses(401, 403, 403, 403, 403, 403, 200)));
        rows.add(new Row("GET", "/api/v1/staffing", null, statuses(401, 403, 403, 403, 403, 403, 200)));
        rows.add(new Row("GET", "/api/v1/audit", null, statuses(401, 403, 403, 403, 403, 403, 200)));
        rows.add(new Row("GET", "/api/v1/staff", null, statuses(401, 403, 403, 403, 403, 403, 200)));
        rows.add(new Row("GET", "/api/v1/calendar", null, statuses(401, 403, 403, 403, 403, 403, 200)));
        rows.add(new Row("GET", "/api/v1/bulletins", null, statuses(200, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("DELETE", "/api/v1/bulletins/4711", null, statuses(401, 403, 403, 403, 403, 403, 404)));
        rows.add(new Row("PUT", "/api/v1/staff/1006", "{\"name\":\"杨磊\"}", statuses(401, 403, 403, 403, 403, 403, 200)));
        rows.add(new Row("PUT", "/api/v1/counters/6/services", "{\"services\":[\"A\",\"B\",\"C\"]}",
                statuses(401, 403, 403, 403, 403, 403, 200)));
        for (String action : List.of("call-next", "recall", "start", "finish", "no-show", "resume", "close")) {
            rows.add(new Row("POST", "/api/v1/counters/1/" + action, null, statuses(401, 403, 403, 403, OWN, 403, 403)));
        }
        rows.add(new Row("POST", "/api/v1/counters/1/pause", "{\"reason\":\"会议\"}",
                statuses(401, 403, 403, 403, OWN, 403, 403)));
        rows.add(new Row("POST", "/api/v1/counters/1/transfer", "{\"service\":\"B\"}",
                statuses(401, 403, 403, 403, OWN, 403, 403)));
        rows.add(new Row("POST", "/api/v1/counters/1/open", null, statuses(401, 403, 403, 403, 200, 409, 409)));
        rows.add(new Row("GET", "/api/v1/counters/1/waiting", null, statuses(401, 403, 403, 403, 200, 200, 200)));
        rows.add(new Row("GET", "/api/v1/auth/me", null, statuses(401, 403, 403, 403, 200, 200, 200)));
        rows.add(new Row("GET", "/api/v1/printers/K1/jobs", null, statuses(401, 403, 200, 403, 403, 403, 403)));
        rows.add(new Row("GET", "/api/v1/call-pads/faults", null, statuses(401, 403, 403, 403, 200, 200, 200)));
        rows.add(new Row("POST", "/api/v1/call-pads/status", "{\"silent\":[]}", statuses(401, 403, 403, 403, 403, 403, 403)));
        rows.add(new Row("POST", "/api/v1/tickets/" + ticketId + "/rating", "{\"score\":5}",
                statuses(409, 409, 403, 403, 403, 403, 403)));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsItsRoleAllows() {
        return rows().stream().flatMap(row -> ROLES.stream().filter(role -> row.expected().get(role) != OWN)
                .map(role -> DynamicTest.dynamicTest(
                row.method() + " " + row.path().replace(ticketId, "{id}") + " as " + role, () -> {
                    Reply r = hall.api.send(row.method(), row.path(), TOKENS.get(role), row.body());
                    assertThat(r.status()).as(r.text()).isEqualTo(row.expected().get(role));
                    if (r.status() >= 400) {
                        assertThat(r.contentType()).startsWith("application/problem+json");
                    }
                })));
    }

    @Test
    void staffAtTheirOwnCounterMayDoEverythingThere() {
        String own = TOKENS.get("own staff");
        hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
        for (String action : List.of("call-next", "recall", "start", "finish")) {
            assertThat(hall.api.post("/api/v1/counters/1/" + action, own, null).status()).as(action).isEqualTo(200);
        }
        assertThat(hall.api.post("/api/v1/counters/1/pause", own, "{\"reason\":\"会议\"}").status()).isEqualTo(200);
        assertThat(hall.api.post("/api/v1/counters/1/resume", own, null).status()).isEqualTo(200);
    }

    @Test
    void theEventStreamWantsAToken() {
        assertThat(hall.api.get("/ws", null).status()).isEqualTo(401);
    }
}
