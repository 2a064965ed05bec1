package com.hallqueue.server.access;

import com.hallqueue.server.config.StaffDef;
import java.util.Optional;

/**
 * Who may log in: the hall's staff as they are now. A member taken off the hall is not in it,
 * so their badge cannot log in and their tokens stop working.
 */
public interface StaffBook {

    /** The active member with {@code badge}, with their password hash; empty when none. */
    Optional<StaffDef> member(String badge);
}
