package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.RunningHall;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The walk-through of the public contract, on a real server with real HTTP and WebSocket clients. */
class WalkThroughTest {

    private final RunningHall hall = RunningHall.demo();

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void aCitizenIsIssuedCalledServedAndCountedInTheStatistics() {
        EventStream screen = hall.api.events("demo-display");
        JsonNode snapshot = screen.next();
        assertThat(snapshot.get("type").asText()).isEqualTo("snapshot");
        assertThat(snapshot.get("counters")).hasSize(6);

        Reply issued = hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\",\"priority\":false}");
        assertThat(issued.status()).isEqualTo(201);
        JsonNode ticket = issued.json();
        assertThat(ticket.get("number").asText()).isEqualTo("A001");
        assertThat(ticket.get("status").asText()).isEqualTo("WAITING");
        assertThat(ticket.get("ahead").asInt()).isZero();
        String id = ticket.get("id").asText();
        assertThat(screen.next("ticket.issued").get("ticket").get("id").asText()).isEqualTo(id);

        String token = hall.api.login("1001");
        Reply opened = hall.api.post("/api/v1/counters/1/open", token, null);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.json().get("state").asText()).isEqualTo("IDLE");
        assertThat(opened.json().get("staff").get("badge").asText()).isEqualTo("1001");

        Reply called = hall.api.post("/api/v1/counters/1/call-next", token, null);
        assertThat(called.status()).isEqualTo(200);
        assertThat(called.json().get("number").asText()).isEqualTo("A001");
        assertThat(called.json().get("counter").asInt()).isEqualTo(1);
        JsonNode event = screen.next("ticket.called");
        assertThat(event.get("ticket").get("number").asText()).isEqualTo("A001");
        assertThat(event.get("counter").get("number").asInt()).isEqualTo(1);
        assertThat(event.get("at").asText()).isNotBlank();

        assertThat(hall.api.post("/api/v1/counters/1/start", token, null).json().get("status").asText())
                .isEqualTo("SERVING");
        assertThat(hall.api.post("/api/v1/counters/1/finish", token, null).json().get("status").asText())
                .isEqualTo("DONE");
        assertThat(screen.next("ticket.finished").get("ticket").get("status").asText()).isEqualTo("DONE");
        assertThat(hall.api.get("/api/v1/tickets/" + id, null).json().get("status").asText()).isEqualTo("DONE");

        String manager = hall.api.login("9001");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Reply stats = hall.api.get("/api/v1/stats?from=" + today + "&to=" + today + "&by=counter", manager);
        assertThat(stats.status()).isEqualTo(200);
        JsonNode row = stats.json().get("rows").get(0);
        assertThat(row.get("key").asText()).isEqualTo("1");
        assertThat(row.get("issued").asInt()).isEqualTo(1);
        assertThat(row.get("served").asInt()).isEqualTo(1);
        assertThat(row.get("noShow").asInt()).isZero();
        assertThat(row.get("avgWaitSeconds").isNumber()).isTrue();
        assertThat(row.get("grade").asText()).isIn("优秀", "良好", "合格", "不合格");
        screen.close();
    }

    @Test
    void theQueueAndCountersAreReadableByAnyone() {
        hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}");
        JsonNode queue = hall.api.get("/api/v1/queue", null).json();
        assertThat(queue.get("services")).hasSize(3);
        assertThat(queue.get("services").get(1).get("service").asText()).isEqualTo("B");
        assertThat(queue.get("services").get(1).get("waiting").asInt()).isEqualTo(1);
        assertThat(queue.get("services").get(1).has("estimatedWaitSeconds")).isTrue();
        JsonNode counters = hall.api.get("/api/v1/counters", null).json();
        assertThat(counters).hasSize(6);
        assertThat(counters.get(2).get("services").toString()).isEqualTo("[\"B\",\"A\"]");
        assertThat(counters.get(0).get("state").asText()).isEqualTo("CLOSED");
    }

    @Test
    void healthAndMetricsAnswer() {
        assertThat(hall.api.get("/health", null).json().get("status").asText()).isEqualTo("UP");
        hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
        Reply metrics = hall.api.get("/metrics", null);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.text()).contains("hallqueue_tickets_issued_total 1")
                .contains("hallqueue_waiting{service=\"C\"} 1")
                .contains("hallqueue_http_request_seconds_count{route=\"/api/v1/tickets\"}");
    }

    @Test
    void aScreenThatConnectsLateStartsFromTheCurrentHall() {
        hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
        String token = hall.api.login("1003");
        hall.api.post("/api/v1/counters/3/open", token, null);
        hall.api.post("/api/v1/counters/3/call-next", token, null);
        EventStream late = hall.api.events("demo-display");
        JsonNode snapshot = late.next();
        assertThat(snapshot.get("type").asText()).isEqualTo("snapshot");
        assertThat(snapshot.get("counters").get(2).get("ticket").get("number").asText()).isEqualTo("A001");
        assertThat(snapshot.get("recentCalls").get(0).get("number").asText()).isEqualTo("A001");
        hall.api.post("/api/v1/counters/3/recall", token, null);
        assertThat(late.next().get("type").asText()).isEqualTo("ticket.recalled");
        late.close();
    }
}
