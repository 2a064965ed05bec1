package com.hallqueue.server.http;

import io.netty.handler.codec.http.HttpResponseStatus;

/** What a route answers: a status, a content type and the bytes. */
record Response(HttpResponseStatus status, String contentType, byte[] body) {

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
