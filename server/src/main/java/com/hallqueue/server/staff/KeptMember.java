package com.hallqueue.server.staff;

import com.hallqueue.server.config.StaffDef;

/**
 * A row of {@code staff_member}: the member with their password hash, the file entry last taken
 * in, and their title (职务) for the 胸牌, null when none was given.
 */
record KeptMember(String badge, String name, String role, String passwordHash, boolean active, String fileEntry,
                  String title) {

    KeptMember(String badge, String name, String role, String passwordHash, boolean active, String fileEntry) {
        this(badge, name, role, passwordHash, active, fileEntry, null);
    }

    StaffMember member() {
        return new StaffMember(badge, name, role, active, title);
    }

    StaffDef def() {
        return new StaffDef(badge, name, StaffDef.Role.valueOf(role), passwordHash);
    }

    KeptMember with(String newName, String newRole, String newHash, boolean nowActive) {
        return new KeptMember(badge, newName, newRole, newHash, nowActive, fileEntry, title);
    }

    KeptMember withTitle(String newTitle) {
        return new KeptMember(badge, name, role, passwordHash, active, fileEntry, newTitle);
    }
}
