package com.hallqueue.server.store;

import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.retries.KeptAnswer;
import java.util.List;

/** What one write of the hall commits at once: its events, and the answers kept for retries. */
public record Batch(List<HallEvent> events, List<KeptAnswer> answers) {

    public static final Batch EMPTY = new Batch(List.of(), List.of());

    public Batch {
        events = List.copyOf(events);
        answers = List.copyOf(answers);
    }

    public boolean isEmpty() {
        return events.isEmpty() && answers.isEmpty();
    }
}
