package com.hallqueue.server.store;

import java.time.Instant;

/** A staff login as kept in the database: the token's hash, never the token. */
public record StoredSession(String tokenHash, String badge, String role, Instant issuedAt, Instant expiresAt,
                            boolean revoked) {
}
