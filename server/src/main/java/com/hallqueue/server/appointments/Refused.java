package com.hallqueue.server.appointments;

import java.util.Map;

/**
 * A booking rule says no, as a value: bad input names its {@code field}; a conflict carries
 * a short {@code reason} a client can act on (the kiosk offers a normal ticket when late).
 * Messages are Chinese first, English beside; {@code facts} are values a client may show
 * beside them.
 */
public record Refused(String field, String reason, String message, Map<String, Object> facts) {

    public static final String FULL = "slot-full";
    public static final String PHONE_LIMIT = "phone-limit";
    public static final String NOT_YET_OPEN = "not-yet-bookable";
    public static final String ENDED = "slot-ended";
    public static final String TOO_EARLY = "too-early";
    public static final String TOO_LATE = "too-late";
    public static final String USED = "already-used";
    public static final String CANCELLED = "cancelled";
    /** A walk-in in the hours kept for the booked; its facts say when walk-ins are next taken. */
    public static final String APPOINTMENT_ONLY = "appointment-only";

    public static Refused badInput(String field, String message) {
        return new Refused(field, null, message, Map.of());
    }

    public static Refused conflict(String reason, String message) {
        return new Refused(null, reason, message, Map.of());
    }

    /** A conflict with {@code facts} a client shows beside the message (when to come back, say). */
    public static Refused conflict(String reason, String message, Map<String, Object> facts) {
        return new Refused(null, reason, message, Map.copyOf(facts));
    }
}
