package com.hallqueue.server.http;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.Set;

/**
 * Lets a page served by one server of the hall call the API of another: a screen given
 * {@code ?servers=} moves on when its own server dies. Tokens travel in the Authorization
 * header, never in cookies, so a page of any origin reads only what its own token allows:
 * every API answer carries {@code Access-Control-Allow-Origin: *}, and a preflight of a known
 * path is answered with the methods the path takes.
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

    static Response preflight(Set<String> allowed) {
        return new Response(HttpResponseStatus.NO_CONTENT, null, new byte[0], Map.of(
                "Access-Control-Allow-Origin", "*",
                "Access-Control-Allow-Methods", String.join(", ", allowed),
                "Access-Control-Allow-Headers", "Authorization, Content-Type",
                "Access-Control-Max-Age", MAX_AGE_SECONDS));
    }

    static Response open(Response res) {
        return res.with(Map.of("Access-Control-Allow-Origin", "*"));
    }
}
