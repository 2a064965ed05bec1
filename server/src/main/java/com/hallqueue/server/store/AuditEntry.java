package com.hallqueue.server.store;

import java.time.Instant;

/** Who did what, and when: a login, a failed login, a logout, or an action at a counter. */
public record AuditEntry(Instant at, String badge, String action, String address) {
}
