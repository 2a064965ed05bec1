package com.hallqueue.server.queue;

/** Who works at a counter, as shown on its screen: badge number (工号) and name. */
public record StaffRef(String badge, String name) {
}
