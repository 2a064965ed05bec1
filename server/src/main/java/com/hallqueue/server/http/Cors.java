package com.hallqueue.server.http;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Lets a page served by another server of the hall call this one's API: a screen given
 * {@code ?servers=} moves on when its own server dies. Only the origins of the hall's servers
 * ({@code screens.servers}) are answered with {@code Access-Control-Allow-Origin}; a page of
 * any other site cannot read what this server says. A preflight of a known path from one of
 * them is answered with the methods the path takes.
 */
final class Cors {

    private static final String MAX_AGE_SECONDS = "600";

    private Cors() {
    }

    /** The browser asks before a cross-origin request with a token or a JSON body. */
    static boolean isPreflight(FullHttpRequest req) {
        return req.method().equals(HttpMethod.OPTIONS) && req.headers().contains(HttpHeaderNames.ORIGIN)
                && req.headers().contains(HttpHeaderNames.ACCESS_CONTROL_REQUEST_METHOD);
    }

    static Response preflight(Set<String> allowed, String origin, BrowserPolicy policy) {
        if (!policy.mayCall(origin)) {
            return HttpRequestHandler.problem(HttpResponseStatus.FORBIDDEN,
                    "此来源不是本大厅的服务器 / This origin is not one of the hall's servers");
        }
        return new Response(HttpResponseStatus.NO_CONTENT, null, new byte[0], Map.of(
                "Access-Control-Allow-Origin", origin,
                "Vary", "Origin",
                "Access-Control-Allow-Methods", String.join(", ", allowed),
                "Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key",
                "Access-Control-Max-Age", MAX_AGE_SECONDS));
    }

    /** The answer, readable by the page that asked when it is one of the hall's servers'. */
    static Response open(Response res, String origin, BrowserPolicy policy) {
        Map<String, String> headers = new HashMap<>(res.headers());
        headers.put("Vary", "Origin");
        if (policy.mayCall(origin)) {
            headers.put("Access-Control-Allow-Origin", origin);
            headers.put("Access-Control-Expose-Headers", "Idempotent-Replayed, Retry-After");
        }
        return new Response(res.status(), res.contentType(), res.body(), headers, res.file());
    }
}
