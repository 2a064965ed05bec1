package com.hallqueue.server.config;

/** A member of staff known by badge number (工号); the password is kept only as a slow salted hash. */
public record StaffDef(String badge, String name, Role role, String passwordHash) {

    /** A district manager is a manager of their home hall who also sees every hall of the deployment. */
    public enum Role { STAFF, MANAGER, DISTRICT_MANAGER }
}
