package com.hallqueue.server.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generates requests a hall should refuse: unknown and mangled paths, wrong methods, wrong
 * or missing tokens, and bodies that are malformed, truncated, wrong-typed, deeply nested,
 * oversized or full of odd Unicode — never a valid token with a valid body, so none of
 * them may change the hall.
 */
final class BadInputGenerator {

    private static final List<String> PATHS = List.of("/api/v1/tickets", "/api/v1/tickets/%s", "/api/v1/tickets/%s/rating",
            "/api/v1/tickets/%s/cancel", "/api/v1/auth/login", "/api/v1/auth/logout", "/api/v1/counters/%s/open",
            "/api/v1/counters/%s/call-next", "/api/v1/counters/%s/pause", "/api/v1/counters/%s/transfer",
            "/api/v1/counters/%s/finish", "/api/v1/stats", "/api/v1/staffing", "/api/v1/queue", "/api/v1/counters",
            "/api/v1/printers/%s/status", "/api/v1/printers/%s/jobs", "/api/v1/announcements/call.wav", "/ws",
            "/api/v1/staff", "/api/v1/staff/%s", "/api/v1/calendar/%s", "/api/v1/bulletins/%s", "/api/v1/notices/%s",
            "/api/v1/appraisal/%s", "/api/v1/appraisal/2026-12/1001/%s", "/api/v1/complaints/%s/close", "/api/v1/survey",
            "/kiosk", "/web/%s", "/webjars/%s");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD",
            "BREW", "");
    private static final List<String> ODD = List.of("..", "%2e%2e", "%00", "%ff", "\u202e", "😀", "\ud800", "A001",
            "-1", "99999999999999999999", "1e9", " ", "%20", "null", "{}", "\\", "//", "'; DROP TABLE ticket;--",
            "<script>", "汉字".repeat(50), "a".repeat(3000));

    private final Random random;

    BadInputGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** One raw HTTP request, bytes as they go on the wire. */
    byte[] next() {
        String method = pick(METHODS);
        String path = path();
        String token = token(method);
        byte[] body = body();
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: hall\r\n");
        if (token != null) {
            head.append("Authorization: ").append(token).append("\r\n");
        }
        if (random.nextInt(10) == 0) {
            head.append("X-").append(pick(ODD).replaceAll("[\\r\\n:]", "")).append(": ").append(pick(ODD)).append("\r\n");
        }
        head.append("Content-Type: application/json\r\n");
        int length = random.nextInt(20) == 0 ? body.length + random.nextInt(5) - 2 : body.length;
        head.append("Content-Length: ").append(Math.max(0, length)).append("\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private String path() {
        String p = String.format(pick(PATHS), pick(ODD).replace(" ", "%20"));
        if (random.nextInt(6) == 0) {
            p = p + "/" + pick(ODD);
        }
        if (random.nextInt(6) == 0) {
            p = p + "?from=" + pick(ODD) + "&by=" + pick(ODD) + "&date=" + pick(ODD);
        }
        return p.replace(" ", "%20").replace("\r", "").replace("\n", "");
    }

    /** No token, a bad one, or a device token that may not act here (or only with a valid body, never sent). */
    private String token(String method) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> "Bearer " + pick(ODD).replaceAll("[\\r\\n]", "");
            case 2 -> "Basic ZGVtbzpkZW1v";
            case 3 -> "Bearer demo-display";
            case 4 -> "Bearer demo-kiosk";
            default -> "Bearer demo-printer";
        };
    }

    private byte[] body() {
        String body = switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> "{\"service\":";
            case 2 -> "{\"service\":" + random.nextInt() + ",\"priority\":\"yes\"}";
            case 3 -> "[".repeat(2000) + "]".repeat(2000);
            case 4 -> "{\"a\":".repeat(500) + "1" + "}".repeat(500);
            case 5 -> "{\"service\":\"" + "Z".repeat(70_000) + "\"}";
            case 6 -> "{\"service\":\"" + pick(ODD) + "\",\"score\":" + pick(ODD) + "}";
            case 7 -> "{\"badge\":[],\"password\":{}}";
            case 8 -> "{\"status\":\"" + pick(ODD) + "\"}";
            case 9 -> "\u0000\u0001\u0002" + pick(ODD);
            case 10 -> "{\"reason\":" + "9".repeat(400) + "}";
            default -> "null";
        };
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
