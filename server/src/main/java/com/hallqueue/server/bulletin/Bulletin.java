package com.hallqueue.server.bulletin;

/** A notice of the hall (通知公告): its kind, a short title and its text, shown in {@code position} order. */
public record Bulletin(long id, String kind, String title, String body, int position) {
}
