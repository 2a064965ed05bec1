package com.hallqueue.server.queue;

import java.util.Map;

/**
 * The hall says no: the request was understood but a rule forbids it. Carries what kind
 * of no it is and, for bad input, the field. Messages are Chinese first, English beside.
 */
public final class Refusal extends RuntimeException {

    public enum Kind { BAD_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT }

    private final Kind kind;
    private final String field;
    private final String reason;
    private final Map<String, Object> facts;

    private Refusal(Kind kind, String field, String message) {
        this(kind, field, null, message, Map.of());
    }

    private Refusal(Kind kind, String field, String reason, String message, Map<String, Object> facts) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
        this.reason = reason;
        this.facts = facts;
    }

    public static Refusal badInput(String field, String message) {
        return new Refusal(Kind.BAD_INPUT, field, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, null, message);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, null, message);
    }

    public static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, null, message);
    }

    /** A conflict with a short machine-readable {@code reason} ("too-late"), for clients that act on it. */
    public static Refusal conflict(String reason, String message) {
        return new Refusal(Kind.CONFLICT, null, reason, message, Map.of());
    }

    /**
     * A conflict of a kind of its own, with {@code facts} the client shows beside the message
     * (when walk-ins are next taken, say); answered as a problem of type {@code reason}.
     */
    public static Refusal conflict(String reason, String message, Map<String, Object> facts) {
        return new Refusal(Kind.CONFLICT, null, reason, message, Map.copyOf(facts));
    }

    public Map<String, Object> facts() {
        return facts;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
