package com.hallqueue.server.appointments;

/**
 * A booking rule says no, as a value: bad input names its {@code field}; a conflict carries
 * a short {@code reason} a client can act on (the kiosk offers a normal ticket when late).
 * Messages are Chinese first, English beside.
 */
public record Refused(String field, String reason, String message) {

    public static final String FULL = "slot-full";
    public static final String PHONE_LIMIT = "phone-limit";
    public static final String NOT_YET_OPEN = "not-yet-bookable";
    public static final String ENDED = "slot-ended";
    public static final String TOO_EARLY = "too-early";
    public static final String TOO_LATE = "too-late";
    public static final String USED = "already-used";
    public static final String CANCELLED = "cancelled";

    public static Refused badInput(String field, String message) {
        return new Refused(field, null, message);
    }

    public static Refused conflict(String reason, String message) {
        return new Refused(null, reason, message);
    }
}
