package com.hallqueue.server.queue;

/**
 * The hall says no: the request was understood but a rule forbids it. Carries what kind
 * of no it is and, for bad input, the field. Messages are Chinese first, English beside.
 */
public final class Refusal extends RuntimeException {

    public enum Kind { BAD_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT }

    private final Kind kind;
    private final String field;

    private Refusal(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
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

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
