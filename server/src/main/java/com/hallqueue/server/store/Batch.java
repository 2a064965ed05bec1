package com.hallqueue.server.store;

import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.retries.KeptAnswer;
import java.util.List;

/**
 * What one write commits at once: the hall's events and the answers kept for retries; or,
 * written apart from the hall's writer, changes to the staff's logins and audit trail.
 */
public record Batch(List<HallEvent> events, List<KeptAnswer> answers, List<StaffChange> staff) {

    public static final Batch EMPTY = new Batch(List.of(), List.of());

    public Batch {
        events = List.copyOf(events);
        answers = List.copyOf(answers);
        // A journal written before staff changes were journaled has none; a newer kind reads as null.
        staff = staff == null ? List.of() : staff.stream().filter(java.util.Objects::nonNull).toList();
    }

    public Batch(List<HallEvent> events, List<KeptAnswer> answers) {
        this(events, answers, List.of());
    }

    static Batch ofStaff(List<StaffChange> changes) {
        return new Batch(List.of(), List.of(), changes);
    }

    public boolean isEmpty() {
        return events.isEmpty() && answers.isEmpty() && staff.isEmpty();
    }
}
