package com.hallqueue.server.store;

import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.retries.KeptAnswer;
import java.util.List;

/**
 * What one write commits at once: the hall's events and the answers kept for retries; or,
 * written apart from the hall's writer, changes to the staff's logins and audit trail, or a
 * change of the hall's settings.
 */
public record Batch(List<HallEvent> events, List<KeptAnswer> answers, List<StaffChange> staff,
                    List<SettingsChange> settings) {

    public static final Batch EMPTY = new Batch(List.of(), List.of());

    public Batch {
        events = List.copyOf(events);
        answers = List.copyOf(answers);
        // A journal written before staff changes were journaled has none; a newer kind reads as null.
        staff = staff == null ? List.of() : staff.stream().filter(java.util.Objects::nonNull).toList();
        settings = settings == null ? List.of() : List.copyOf(settings);
    }

    public Batch(List<HallEvent> events, List<KeptAnswer> answers) {
        this(events, answers, List.of(), List.of());
    }

    static Batch ofStaff(List<StaffChange> changes) {
        return new Batch(List.of(), List.of(), changes, List.of());
    }

    static Batch ofSettings(SettingsChange change) {
        return new Batch(List.of(), List.of(), List.of(), List.of(change));
    }

    static Batch ofAnswer(KeptAnswer answer) {
        return new Batch(List.of(), List.of(answer), List.of(), List.of());
    }

    public boolean isEmpty() {
        return events.isEmpty() && answers.isEmpty() && staff.isEmpty() && settings.isEmpty();
    }
}
