package com.hallqueue.server.settings;

import java.time.Instant;

/** One change of the hall's settings: who made it, when, to what ({@code subject}), and how; never a password. */
public record SettingChange(Instant at, String badge, String action, String subject, String detail) {

    /** The badge changes made by the hall's file at start are recorded under. */
    public static final String BY_FILE = "config";
}
