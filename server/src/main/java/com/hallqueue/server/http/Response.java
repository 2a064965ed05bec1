package com.hallqueue.server.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;

/**
 * What a route answers: a status, a content type, the bytes and any further headers. Without
 * a Cache-Control header of its own an answer is sent as {@code no-store}.
 */
record Response(HttpResponseStatus status, String contentType, byte[] body, Map<String, String> headers)
        implements com.hallqueue.server.retries.Answer {

    @Override
    public int statusCode() {
        return status.code();
    }

    Response(HttpResponseStatus status, String contentType, byte[] body) {
        this(status, contentType, body, Map.of());
    }

    static final String JSON = "application/json; charset=utf-8";

    static Response json(HttpResponseStatus status, Object value) {
        return new Response(status, JSON, Json.bytes(value));
    }

    static Response ok(Object value) {
        return json(HttpResponseStatus.OK, value);
    }

    static Response noContent() {
        return new Response(HttpResponseStatus.NO_CONTENT, null, new byte[0]);
    }

    static Response problem(Problem p) {
        return new Response(HttpResponseStatus.valueOf(p.status()), Problem.CONTENT_TYPE, Json.bytes(p));
    }
}
