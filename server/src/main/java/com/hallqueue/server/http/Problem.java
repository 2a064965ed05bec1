package com.hallqueue.server.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.hallqueue.server.desk.DeskUnavailable;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.store.StoreException;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;

/**
 * An RFC 9457 problem document; {@code field} names the bad input where there is one, and
 * {@code reason} says which conflict it is where a client may act on it ("too-late"). A
 * refusal with facts of its own (the appointment-only hours' next walk-in opening) is a
 * problem type of its own, and its facts are members beside the others (RFC 9457 §3.2).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String field, String reason,
               @JsonIgnore Map<String, Object> facts) {

    Problem(String type, String title, int status, String detail, String field) {
        this(type, title, status, detail, field, null, Map.of());
    }

    @JsonAnyGetter
    Map<String, Object> extensions() {
        return facts;
    }

    static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";

    static Problem of(HttpResponseStatus status, String detail, String field) {
        String slug = status.reasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return new Problem("urn:hallqueue:problem:" + slug, status.reasonPhrase(), status.code(), detail, field);
    }

    /** The problem for anything a request ended in; {@code null} for a fault of the server itself. */
    static Problem from(Throwable t) {
        if (t instanceof ApiException a) {
            return of(a.status, a.getMessage(), a.field);
        }
        if (t instanceof Refusal r) {
            String detail = r.field() == null ? r.getMessage() : r.field() + ": " + r.getMessage();
            Problem p = of(statusOf(r.kind()), detail, r.field());
            String type = r.facts().isEmpty() ? p.type : "urn:hallqueue:problem:" + r.reason();
            return new Problem(type, p.title, p.status, p.detail, p.field, r.reason(), r.facts());
        }
        if (t instanceof com.hallqueue.server.retries.KeyReused) {
            return of(HttpResponseStatus.UNPROCESSABLE_ENTITY, t.getMessage(), "Idempotency-Key");
        }
        if (t instanceof DeskUnavailable || t instanceof StoreException) {
            return of(HttpResponseStatus.SERVICE_UNAVAILABLE, "暂时无法处理，请稍后重试 / " + t.getMessage(), null);
        }
        return null;
    }

    private static HttpResponseStatus statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> HttpResponseStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpResponseStatus.NOT_FOUND;
            case FORBIDDEN -> HttpResponseStatus.FORBIDDEN;
            case CONFLICT -> HttpResponseStatus.CONFLICT;
        };
    }
}
