package com.hallqueue.server.http;

import com.hallqueue.server.access.Caller;
import java.util.List;
import java.util.Map;

/**
 * A request as the routes see it: who asks, the path's parameters, the query, the body and
 * the Host it was sent to (for links back to this server), the client's address (for rate
 * limits) and its {@code Idempotency-Key}, if it sent one.
 */
record Request(String method, String path, Map<String, String> params, Map<String, List<String>> query,
               byte[] body, Caller caller, String host, String client, String idempotencyKey) {

    String param(String name) {
        return params.get(name);
    }

    /** A path parameter that must be a counter number. */
    int counterNumber() {
        String n = params.get("n");
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("没有" + n + "号窗口 / No counter " + n);
        }
    }

    String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    Body json() {
        return Body.parse(body);
    }
}
