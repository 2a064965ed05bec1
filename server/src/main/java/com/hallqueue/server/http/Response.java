package com.hallqueue.server.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.file.Path;
import java.util.Map;

/**
 * The transport a feature's routes use to answer. What a route answers: a status, a content type, the bytes and any further headers. Without
 * a Cache-Control header of its own an answer is sent as {@code no-store}. A large answer (a
 * year's export) is a {@code file} written beforehand instead of bytes: it is sent from the
 * disk and deleted once sent, so the heap never holds it.
 */
public record Response(HttpResponseStatus status, String contentType, byte[] body, Map<String, String> headers, Path file)
        implements com.hallqueue.server.retries.Answer {

    public Response(HttpResponseStatus status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, null);
    }

    @Override
    public int statusCode() {
        return status.code();
    }

    public Response(HttpResponseStatus status, String contentType, byte[] body) {
        this(status, contentType, body, Map.of());
    }

    public static final String JSON = "application/json; charset=utf-8";

    public static Response json(HttpResponseStatus status, Object value) {
        return new Response(status, JSON, Json.bytes(value));
    }

    public static Response ok(Object value) {
        return json(HttpResponseStatus.OK, value);
    }

    public static Response noContent() {
        return new Response(HttpResponseStatus.NO_CONTENT, null, new byte[0]);
    }

    static Response problem(Problem p) {
        return new Response(HttpResponseStatus.valueOf(p.status()), Problem.CONTENT_TYPE, Json.bytes(p));
    }

    /** A 200 whose body is the temporary {@code file}, deleted after it is sent. */
    public static Response ofFile(String contentType, Path file, Map<String, String> headers) {
        return new Response(HttpResponseStatus.OK, contentType, new byte[0], headers, file);
    }

    /** The same answer with {@code more} headers as well. */
    public Response with(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.putAll(more);
        return new Response(status, contentType, body, all, file);
    }
}
