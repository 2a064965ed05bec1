package com.hallqueue.server.appraisal;

/** A staff member whose work is appraised: a sheet per period is kept under the badge. */
public record Appraisee(String badge, String name) {
}
