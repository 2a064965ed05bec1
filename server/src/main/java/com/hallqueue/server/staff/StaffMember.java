package com.hallqueue.server.staff;

/** A member of the hall's staff as managers see them, with their title (职务) if any: never with the password. */
public record StaffMember(String badge, String name, String role, boolean active, String title) {

    public StaffMember(String badge, String name, String role, boolean active) {
        this(badge, name, role, active, null);
    }

    /** A manager of the hall, whether or not they also see the district. */
    public boolean manages() {
        return active && ("MANAGER".equals(role) || "DISTRICT_MANAGER".equals(role));
    }
}
