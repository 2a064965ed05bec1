package com.hallqueue.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/openapi.json}: the API as an OpenAPI 3 document, made from the router's
 * routes as registered, so a new route is in it the moment it is served. What a route does
 * comes from the {@link RouteDoc} beside its registration; a route without one still shows
 * its method, path and parameters. The event stream, which is not a route of the router but
 * the WebSocket upgrade, is added by hand.
 */
final class OpenApiDocument {

    private static final String PROBLEM = "#/components/responses/Problem";

    private final List<Router.Entry> routes;
    private final String basePath;

    OpenApiDocument(List<Router.Entry> routes, String basePath) {
        this.routes = routes;
        this.basePath = basePath;
    }

    Map<String, Object> build() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", info());
        doc.put("servers", List.of(Map.of("url", basePath.isEmpty() ? "/" : basePath)));
        doc.put("paths", paths());
        doc.put("components", components());
        return doc;
    }

    private static Map<String, Object> info() {
        String v = OpenApiDocument.class.getPackage().getImplementationVersion();
        return Map.of("title", "HallQueue 排队叫号系统 API", "version", v == null ? "dev" : v,
                "description", "JSON in and out, UTF-8; errors are application/problem+json naming the field."
                        + " Every POST, PUT and DELETE takes an Idempotency-Key: a retry with the same key gets the"
                        + " first answer (Idempotent-Replayed: true). See docs/API.md.");
    }

    private Map<String, Object> paths() {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        for (Router.Entry e : routes) {
            paths.computeIfAbsent(e.pattern(), p -> new LinkedHashMap<>()).put(e.method().toLowerCase(), operation(e));
        }
        paths.computeIfAbsent("/ws", p -> new LinkedHashMap<>()).put("get", eventStream());
        return new LinkedHashMap<>(paths);
    }

    private static Map<String, Object> operation(Router.Entry e) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", e.method().toLowerCase() + e.pattern().replaceAll("[^A-Za-z0-9]+", "_"));
        op.put("tags", List.of(tag(e.pattern())));
        op.put("summary", e.doc() == null ? e.method() + " " + e.pattern() : e.doc().summary());
        if (e.doc() != null) {
            op.put("description", "Who may call: " + e.doc().who());
        }
        op.put("parameters", parameters(e));
        if (e.method().equals("POST") || e.method().equals("PUT")) {
            op.put("requestBody", Map.of("required", false, "content",
                    Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
        }
        op.put("security", List.of(Map.of(), Map.of("bearer", List.of())));
        op.put("responses", Map.of("2XX", Map.of("description", "成功 / Success"), "default", Map.of("$ref", PROBLEM)));
        return op;
    }

    private static List<Map<String, Object>> parameters(Router.Entry e) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String segment : e.segments()) {
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                out.add(Map.of("name", name, "in", "path", "required", true,
                        "schema", Map.of("type", name.equals("n") ? "integer" : "string")));
            }
        }
        if (!e.method().equals("GET")) {
            out.add(Map.of("name", Retries.HEADER, "in", "header", "required", false,
                    "description", "1–64 visible ASCII characters; a retry with the same key gets the first answer",
                    "schema", Map.of("type", "string", "maxLength", 64)));
        }
        return out;
    }

    private static String tag(String pattern) {
        String[] parts = pattern.split("/");
        return pattern.startsWith("/api/v1/") && parts.length > 3 ? parts[3] : "health";
    }

    private static Map<String, Object> eventStream() {
        return Map.of("operationId", "get_ws", "tags", List.of("events"),
                "summary", "事件流 The event stream: a WebSocket; first a snapshot, then one message per committed change",
                "description", "Who may call: a display, kiosk, printer or staff token, in ?token=. Messages: snapshot,"
                        + " ticket.issued, ticket.called, ticket.recalled, ticket.started, ticket.finished,"
                        + " ticket.no_show, ticket.transferred, ticket.expired, counter.opened, counter.paused,"
                        + " counter.resumed, counter.closed, printer.status, and more (see docs/API.md).",
                "parameters", List.of(Map.of("name", "token", "in", "query", "required", true,
                        "schema", Map.of("type", "string"))),
                "responses", Map.of("101", Map.of("description", "切换为 WebSocket / Switching to WebSocket"),
                        "default", Map.of("$ref", PROBLEM)));
    }

    private static Map<String, Object> components() {
        Map<String, Object> problem = Map.of("type", "object", "properties", Map.of(
                "type", Map.of("type", "string"), "title", Map.of("type", "string"),
                "status", Map.of("type", "integer"), "detail", Map.of("type", "string"),
                "field", Map.of("type", "string"), "reason", Map.of("type", "string")));
        return Map.of(
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer",
                        "description", "a device token from the hall's file, or a staff token from login")),
                "schemas", Map.of("Problem", problem),
                "responses", Map.of("Problem", Map.of("description", "出错 / A problem: 400 names the field, 401, 403,"
                        + " 404, 409, 413, 422, 429 (with Retry-After), 503",
                        "content", Map.of("application/problem+json",
                                Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))))));
    }
}
