package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.RunningHall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/openapi.json}: made from the routes as served, and every path of the contract in it. */
class OpenApiTest {

    private static final RunningHall HALL = RunningHall.demo();

    /** Every method and path of the contract (API.md), as it lists them. */
    private static final List<String> CONTRACT = List.of(
            "DELETE /api/v1/appointments/{code}", "DELETE /api/v1/staff/{badge}", "GET /api/v1/appointments/slots",
            "GET /api/v1/appraisal/rubric", "GET /api/v1/appraisal/{period}", "GET /api/v1/counters",
            "GET /api/v1/notices/{code}", "GET /api/v1/openapi.json", "GET /api/v1/queue", "GET /api/v1/staff",
            "GET /api/v1/stats", "GET /api/v1/tickets/{id}", "GET /health", "GET /health/ready", "GET /metrics",
            "GET /ws", "POST /api/v1/appointments", "POST /api/v1/appointments/{code}/check-in",
            "POST /api/v1/auth/login", "POST /api/v1/counters/{n}/call-next", "POST /api/v1/counters/{n}/close",
            "POST /api/v1/counters/{n}/finish", "POST /api/v1/counters/{n}/no-show", "POST /api/v1/counters/{n}/open",
            "POST /api/v1/counters/{n}/pause", "POST /api/v1/counters/{n}/recall", "POST /api/v1/counters/{n}/resume",
            "POST /api/v1/counters/{n}/start", "POST /api/v1/counters/{n}/transfer", "POST /api/v1/staff",
            "POST /api/v1/tickets", "POST /api/v1/tickets/{id}/rating",
            "PUT /api/v1/appraisal/{period}/{badge}/{itemId}");

    @AfterAll
    static void stop() {
        HALL.close();
    }

    @Test
    void theDocumentIsOpenApiThreeForAnyone() {
        Reply r = HALL.api.get("/api/v1/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("info").get("title").asText()).contains("HallQueue");
        assertThat(doc.at("/paths/~1api~1v1~1counters~1{n}~1call-next/post/parameters/0/name").asText()).isEqualTo("n");
        assertThat(doc.at("/paths/~1api~1v1~1tickets/post/parameters/0/name").asText()).isEqualTo("Idempotency-Key");
        assertThat(doc.at("/paths/~1api~1v1~1tickets/post/description").asText()).contains("kiosk token");
    }

    @Test
    void everyPathOfTheContractIsInTheDocument() {
        Set<String> documented = operations(HALL.api.get("/api/v1/openapi.json", null).json());
        List<String> missing = new ArrayList<>();
        for (String route : CONTRACT) {
            if (!documented.contains(shape(route))) {
                missing.add(route);
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The document and the router agree: every operation in it is routed (not 404 "no such resource", not 405). */
    @Test
    void everyDocumentedOperationIsServed() {
        JsonNode paths = HALL.api.get("/api/v1/openapi.json", null).json().get("paths");
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(method -> {
            if (p.getKey().equals("/ws")) {
                return; // the WebSocket upgrade: EventStream tests cover it
            }
            String path = p.getKey().replaceAll("\\{n}", "1").replaceAll("\\{[^}]+}", "x");
            Reply r = HALL.api.send(method.toUpperCase(), path, null, method.equals("get") ? null : "{}");
            assertThat(r.status()).as("%s %s", method, path).isNotEqualTo(405);
            if (r.status() == 404) {
                assertThat(r.text()).as("%s %s", method, path).doesNotContain("No such resource");
            }
        }));
    }

    /** A route registered with nothing said of it is still in the document, with its method, path and parameters. */
    @Test
    void aRouteWithoutADescriptionStillAppears() {
        Router router = new Router()
                .add("GET", "/api/v1/widgets/{id}/parts", r -> CompletableFuture.completedFuture(Response.ok(Map.of())))
                .add("DELETE", "/api/v1/widgets/{id}", r -> CompletableFuture.completedFuture(Response.ok(Map.of())),
                        RouteDoc.doc("manager", "部件 Remove a widget"));
        JsonNode doc = new ObjectMapper().valueToTree(new OpenApiDocument(router.entries(), "").build());
        JsonNode parts = doc.at("/paths/~1api~1v1~1widgets~1{id}~1parts/get");
        assertThat(parts.get("summary").asText()).isEqualTo("GET /api/v1/widgets/{id}/parts");
        assertThat(parts.at("/parameters/0/name").asText()).isEqualTo("id");
        assertThat(parts.at("/parameters/0/in").asText()).isEqualTo("path");
        assertThat(doc.at("/paths/~1api~1v1~1widgets~1{id}/delete/summary").asText()).isEqualTo("部件 Remove a widget");
        assertThat(operations(doc)).containsExactlyInAnyOrder("GET /api/v1/widgets/{}/parts", "DELETE /api/v1/widgets/{}",
                "GET /ws");
    }

    @Test
    void theReferencePageIsServedWithThePagesPolicy() {
        Reply page = HALL.api.get("/docs", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("/web/docs.js");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(HALL.api.get("/web/docs.js", null).status()).isEqualTo(200);
    }

    private static Set<String> operations(JsonNode doc) {
        Set<String> out = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> out.add(m.toUpperCase() + " " + p.getKey().replaceAll("\\{[^}]+}", "{}"))));
        return out;
    }

    /** "GET /api/v1/appraisal/{period}" → "GET /api/v1/appraisal/{}": parameter names may differ. */
    private static String shape(String route) {
        return route.replaceAll("\\{[^}]+}", "{}");
    }
}
