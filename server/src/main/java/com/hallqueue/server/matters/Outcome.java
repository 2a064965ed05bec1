package com.hallqueue.server.matters;

/**
 * How a visit ended at the counter: {@code DONE} (办结), {@code NOTICE} (一次性告知: the citizen
 * comes back with what was missing) or {@code REFUSED} (不予受理, with the reason). A matter is
 * closed by DONE or REFUSED; NOTICE leaves it open until the return visit closes it.
 */
public enum Outcome {
    DONE, NOTICE, REFUSED;

    /** Whether the matter ends with this visit. */
    public boolean closesMatter() {
        return this != NOTICE;
    }

    /** The outcome a {@code ticket.finished} event records; a finish logged before outcomes were kept is DONE. */
    public static Outcome ofDetail(String detail) {
        if (detail == null || detail.isBlank()) {
            return DONE;
        }
        try {
            return valueOf(detail.strip());
        } catch (IllegalArgumentException e) {
            return DONE;
        }
    }
}
