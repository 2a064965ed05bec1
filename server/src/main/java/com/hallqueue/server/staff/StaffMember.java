package com.hallqueue.server.staff;

/** A member of the hall's staff as managers see them: never with the password. */
public record StaffMember(String badge, String name, String role, boolean active) {

    /** A manager of the hall, whether or not they also see the district. */
    public boolean manages() {
        return active && ("MANAGER".equals(role) || "DISTRICT_MANAGER".equals(role));
    }
}
