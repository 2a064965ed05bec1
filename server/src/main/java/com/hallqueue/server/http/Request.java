package com.hallqueue.server.http;

import com.hallqueue.server.access.Caller;
import java.util.List;
import java.util.Map;

/**
 * The transport a feature's routes use to read a request. A request as the routes see it: who asks, the path's parameters, the query, the body and
 * the Host it was sent to (for links back to this server), the client's address (for rate
 * limits) and its {@code Idempotency-Key}, if it sent one.
 */
public record Request(String method, String path, Map<String, String> params, Map<String, List<String>> query,
               byte[] body, Caller caller, String host, String client, String idempotencyKey) {

    /** A path parameter ({@code {name}} in the route's pattern). */
    public String param(String name) {
        return params.get(name);
    }

    /** A path parameter that must be a counter number. */
    public int counterNumber() {
        String n = params.get("n");
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("没有" + n + "号窗口 / No counter " + n);
        }
    }

    /** The first value of a query parameter, or null. */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as a JSON object, read field by field. */
    public Body json() {
        return Body.parse(body);
    }
}
