package com.hallqueue.server.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/** One bookable span of one service on one hall day, in the hall's local time. */
public record Slot(String service, LocalDateTime start, LocalDateTime end) {

    public LocalDate date() {
        return start.toLocalDate();
    }

    public String startText() {
        return start.toLocalTime().toString();
    }

    /** "09:30"; the slot that ends at midnight ends at "24:00" of its own day. */
    public String endText() {
        return end.toLocalDate().isAfter(date()) && end.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? "24:00" : end.toLocalTime().toString();
    }

    public Instant startsAt(ZoneId zone) {
        return start.atZone(zone).toInstant();
    }

    public Instant endsAt(ZoneId zone) {
        return end.atZone(zone).toInstant();
    }

    /** "2026-11-28 09:00-09:30", how the event log names the slot. */
    public String label() {
        return date() + " " + startText() + "-" + endText();
    }
}
