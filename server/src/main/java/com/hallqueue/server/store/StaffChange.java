package com.hallqueue.server.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * A change to the staff's logins or their audit trail. Journaled and forced like the hall's
 * own events, so a login that was answered, a logout, or a line of the audit trail is still
 * there after a power cut; kept apart from the events because it is no part of the queue.
 * Each one can be applied again at start without changing what it already did.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StaffChange.LoggedIn.class, name = "loggedIn"),
        @JsonSubTypes.Type(value = StaffChange.LoggedOut.class, name = "loggedOut"),
        @JsonSubTypes.Type(value = StaffChange.SignedOff.class, name = "signedOff"),
        @JsonSubTypes.Type(value = StaffChange.Audited.class, name = "audited"),
        @JsonSubTypes.Type(value = StaffChange.Strengthened.class, name = "strengthened")})
sealed interface StaffChange {

    /** A login's session, kept by its token's hash. */
    record LoggedIn(StoredSession session) implements StaffChange {
    }

    /** One session ended. */
    record LoggedOut(String tokenHash) implements StaffChange {
    }

    /**
     * Every session of {@code badge} begun before {@code before} ended: a member taken off the
     * hall or given a new password. Bounded in time so that, applied again at start, it
     * leaves a later login of the same member alone.
     */
    record SignedOff(String badge, Instant before) implements StaffChange {
    }

    /** A line of the audit trail. */
    record Audited(AuditEntry entry) implements StaffChange {
    }

    /** A stronger hash of a member's password, made at a login over the file's {@code replaces}. */
    record Strengthened(String badge, String replaces, String hash) implements StaffChange {
    }
}
