package com.hallqueue.server.closing;

import java.time.Instant;

/** One early close as the manager reads it: when, which counter, who, and why. */
public record EarlyClose(Instant at, int counter, Staff staff, String reason) {

    /** The member of staff who closed it, named as the staff roll names them now. */
    public record Staff(String badge, String name) {
    }
}
