package com.hallqueue.server.http;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The transport a feature's routes use to turn a request down before it reaches the hall: bad
 * body, no token, wrong role. It is answered as a problem document.
 */
public final class ApiException extends RuntimeException {

    final HttpResponseStatus status;
    final String field;
    final long retryAfterSeconds;

    ApiException(HttpResponseStatus status, String field, String detail) {
        this(status, field, detail, 0);
    }

    private ApiException(HttpResponseStatus status, String field, String detail, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429, with the seconds until the caller may try again (sent as Retry-After). */
    public static ApiException tooMany(String detail, long retryAfterSeconds) {
        return new ApiException(HttpResponseStatus.TOO_MANY_REQUESTS, null, detail, retryAfterSeconds);
    }

    /** 503, with the seconds after which the server expects to have room again. */
    public static ApiException busy(String detail, long retryAfterSeconds) {
        return new ApiException(HttpResponseStatus.SERVICE_UNAVAILABLE, null, detail, retryAfterSeconds);
    }

    public static ApiException badInput(String field, String detail) {
        return new ApiException(HttpResponseStatus.BAD_REQUEST, field, field + ": " + detail);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(HttpResponseStatus.UNAUTHORIZED, null, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpResponseStatus.FORBIDDEN, null, detail);
    }

    public static ApiException tooManyRequests(String detail) {
        return new ApiException(HttpResponseStatus.TOO_MANY_REQUESTS, null, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpResponseStatus.CONFLICT, null, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpResponseStatus.NOT_FOUND, null, detail);
    }
}
