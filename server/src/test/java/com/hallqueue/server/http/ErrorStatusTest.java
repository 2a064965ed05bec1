package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.RunningHall;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every error status of the contract, each as an RFC 9457 problem that says what was wrong. */
class ErrorStatusTest {

    private static RunningHall hall;
    private static String staff1001;
    private static String staff1002;
    private static String manager;

    @BeforeAll
    static void start() {
        hall = RunningHall.demo();
        staff1001 = hall.api.login("1001");
        staff1002 = hall.api.login("1002");
        manager = hall.api.login("9001");
    }

    @AfterAll
    static void stop() {
        hall.close();
    }

    @Test
    void malformedJsonIs400NamingTheBody() {
        assertProblem(hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":"), 400, "body");
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        assertProblem(hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\",\"priority\":\"yes\"}"),
                400, "priority");
        assertProblem(hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":7}"), 400, "service");
    }

    @Test
    void anUnknownServiceIs400NamingTheField() {
        assertProblem(hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"Z\"}"), 400, "service");
    }

    @Test
    void aMissingFieldIs400() {
        assertProblem(hall.api.post("/api/v1/tickets", "demo-kiosk", "{}"), 400, "service");
        assertProblem(hall.api.post("/api/v1/auth/login", null, "{\"badge\":\"1001\"}"), 400, "password");
    }

    @Test
    void noTokenOrABadTokenIs401() {
        assertProblem(hall.api.post("/api/v1/tickets", null, "{\"service\":\"A\"}"), 401, null);
        assertProblem(hall.api.post("/api/v1/tickets", "not-a-token", "{\"service\":\"A\"}"), 401, null);
        assertProblem(hall.api.post("/api/v1/auth/login", null, "{\"badge\":\"1001\",\"password\":\"wrong\"}"), 401, null);
        assertProblem(hall.api.post("/api/v1/counters/1/call-next", null, null), 401, null);
    }

    @Test
    void theWrongRoleIs403() {
        assertProblem(hall.api.post("/api/v1/tickets", staff1001, "{\"service\":\"A\"}"), 403, null);
        assertProblem(hall.api.post("/api/v1/counters/1/open", "demo-kiosk", null), 403, null);
        assertProblem(hall.api.get("/api/v1/stats", staff1001), 403, null);
        assertProblem(hall.api.get("/api/v1/stats", "demo-display"), 403, null);
    }

    @Test
    void actingAtSomeoneElsesCounterIs403() {
        hall.api.post("/api/v1/counters/2/open", staff1002, null);
        assertProblem(hall.api.post("/api/v1/counters/2/call-next", staff1001, null), 403, null);
        hall.api.post("/api/v1/counters/2/close", staff1002, null);
    }

    @Test
    void unknownThingsAre404() {
        assertProblem(hall.api.get("/api/v1/nothing-here", null), 404, null);
        assertProblem(hall.api.get("/api/v1/tickets/no-such-id", null), 404, null);
        assertProblem(hall.api.post("/api/v1/counters/99/open", staff1001, null), 404, null);
        assertProblem(hall.api.post("/api/v1/counters/x/open", staff1001, null), 404, null);
    }

    @Test
    void aKnownPathWithTheWrongMethodIs405() {
        assertProblem(hall.api.send("DELETE", "/api/v1/queue", null, null), 405, null);
        assertProblem(hall.api.get("/api/v1/tickets", "demo-kiosk"), 405, null);
    }

    @Test
    void impossibleActionsAre409AndNothingIsDropped() {
        String token = hall.api.login("1005");
        hall.api.post("/api/v1/counters/5/open", token, null);
        assertProblem(hall.api.post("/api/v1/counters/5/finish", token, null), 409, null);
        assertThat(hall.api.post("/api/v1/counters/5/call-next", token, null).status()).isEqualTo(204);
        hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
        hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
        String held = hall.api.post("/api/v1/counters/5/call-next", token, null).json().get("number").asText();
        assertProblem(hall.api.post("/api/v1/counters/5/call-next", token, null), 409, null);
        assertThat(hall.api.get("/api/v1/counters/5", null).json().get("ticket").get("number").asText()).isEqualTo(held);
        hall.api.post("/api/v1/counters/5/finish", token, null);
        hall.api.post("/api/v1/counters/5/pause", token, "{\"reason\":\"午休\"}");
        assertProblem(hall.api.post("/api/v1/counters/5/call-next", token, null), 409, null);
        assertThat(hall.api.get("/api/v1/counters/5", null).json().get("pauseReason").asText()).isEqualTo("午休");
        hall.api.post("/api/v1/counters/5/resume", token, null);
        hall.api.post("/api/v1/counters/5/call-next", token, null);
        hall.api.post("/api/v1/counters/5/finish", token, null);
        hall.api.post("/api/v1/counters/5/close", token, null);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "{\"service\":\"" + "A".repeat(BodyLimit.MAX_BODY_BYTES + 10) + "\"}";
        assertProblem(hall.api.post("/api/v1/tickets", "demo-kiosk", big), 413, "body");
    }

    @Test
    void deeplyNestedJsonIs400() {
        String deep = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
        assertProblem(hall.api.post("/api/v1/tickets", "demo-kiosk", deep), 400, "body");
    }

    @Test
    void aWebSocketWithoutAValidTokenIsRefused() throws Exception {
        try (Socket s = new Socket("127.0.0.1", hall.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /ws?token=wrong HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 401");
        }
    }

    @Test
    void managersReadStatisticsAndBadParametersAre400() {
        assertThat(hall.api.get("/api/v1/stats?by=service", manager).status()).isEqualTo(200);
        assertProblem(hall.api.get("/api/v1/stats?by=weather", manager), 400, "by");
        assertProblem(hall.api.get("/api/v1/stats?from=yesterday", manager), 400, "from");
        assertProblem(hall.api.get("/api/v1/stats?from=2026-11-27&to=2026-11-01", manager), 400, "to");
        Reply csv = hall.api.get("/api/v1/stats?by=service&format=csv", manager);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains("业务 service").contains("\"A\"");
    }

    private static void assertProblem(Reply r, int status, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("title").asText()).isNotBlank();
        assertThat(r.json().get("type").asText()).isNotBlank();
        assertThat(r.json().get("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(r.json().get("detail").asText()).contains(field);
            assertThat(r.json().get("field").asText()).isEqualTo(field);
        }
    }
}
