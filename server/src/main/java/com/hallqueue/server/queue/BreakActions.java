package com.hallqueue.server.queue;

import com.hallqueue.server.breaks.BreakPlan;
import com.hallqueue.server.breaks.BreakRules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The hall's scheduled breaks (午休) applied to its counters: paused with {@link
 * BreakRules#REASON} when the break starts or, for a counter still serving then, as soon as it
 * is free; resumed when it ends. The hall, not a member of staff, makes these changes: their
 * events name no badge. Each server of a shared hall runs this on its writer after taking in
 * the others' commits, so a counter another server paused already is left alone.
 */
final class BreakActions {

    private final HallState hall;
    private final BreakPlan plan;

    BreakActions(HallState hall) {
        this.hall = hall;
        this.plan = new BreakPlan(hall.config);
    }

    /** Every counter as the breaks have it now; returns how many changed. */
    int keepAll() {
        int changed = 0;
        for (Counter c : List.copyOf(hall.counters.values())) {
            changed += keep(c) ? 1 : 0;
        }
        return changed;
    }

    /** Whether {@link #keepAll} would change any counter now. */
    boolean anyDue() {
        Instant now = hall.now();
        return hall.counters.values().stream().anyMatch(c -> BreakRules.dueToResume(c, now)
                || BreakRules.dueToPause(c, plan.breakEndingAfter(c.number(), now)).isPresent());
    }

    /** Pauses or resumes this counter if a break says so now. */
    boolean keep(Counter c) {
        Instant now = hall.now();
        if (BreakRules.dueToResume(c, now)) {
            Counter open = hall.save(c.in(CounterState.IDLE, now));
            hall.emit(EventType.COUNTER_RESUMED, null, open, null, null);
            return true;
        }
        Optional<Instant> end = BreakRules.dueToPause(c, plan.breakEndingAfter(c.number(), now));
        if (end.isPresent()) {
            Counter paused = hall.save(c.onBreakUntil(BreakRules.REASON, end.get(), now));
            hall.emit(EventType.COUNTER_PAUSED, null, paused, null, BreakRules.REASON);
            return true;
        }
        return false;
    }

    /** A free counter the break is waiting for may not call: the chores pause it within seconds. */
    void refuseCallInBreak(Counter c) {
        Optional<Instant> end = BreakRules.dueToPause(c, plan.breakEndingAfter(c.number(), hall.now()));
        if (end.isPresent()) {
            String until = end.get().atZone(hall.config.zone()).toLocalTime().toString();
            throw Refusal.conflict("午休时间，" + until + "恢复服务 / Lunch break until " + until);
        }
    }
}
