package com.hallqueue.server.staff;

import com.hallqueue.server.config.StaffDef;

/** A row of {@code staff_member}: the member with their password hash and the file entry last taken in. */
record KeptMember(String badge, String name, String role, String passwordHash, boolean active, String fileEntry) {

    StaffMember member() {
        return new StaffMember(badge, name, role, active);
    }

    StaffDef def() {
        return new StaffDef(badge, name, StaffDef.Role.valueOf(role), passwordHash);
    }

    KeptMember with(String newName, String newRole, String newHash, boolean nowActive) {
        return new KeptMember(badge, newName, newRole, newHash, nowActive, fileEntry);
    }
}
