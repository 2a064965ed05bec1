package com.hallqueue.server.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The tickets waiting for one service, or for one counter they were transferred to, in
 * arrival order, with priority tickets apart. Heads are found in O(log n), so calling
 * stays cheap however long the queue grows.
 */
final class Line {

    static final Comparator<Ticket> ARRIVAL =
            Comparator.comparingLong(Ticket::place).thenComparing(Ticket::id);

    private final NavigableSet<Ticket> priority = new TreeSet<>(ARRIVAL);
    private final NavigableSet<Ticket> normal = new TreeSet<>(ARRIVAL);

    void add(Ticket t) {
        side(t).add(t);
    }

    void remove(Ticket t) {
        side(t).remove(t);
    }

    Ticket headPriority() {
        return priority.isEmpty() ? null : priority.first();
    }

    Ticket headNormal() {
        return normal.isEmpty() ? null : normal.first();
    }

    Iterator<Ticket> inOrder(boolean priorityOnes) {
        return priorityOnes ? priorityInOrder() : normalInOrder();
    }

    Iterator<Ticket> priorityInOrder() {
        return priority.iterator();
    }

    Iterator<Ticket> normalInOrder() {
        return normal.iterator();
    }

    /** The longest-waiting ticket of this line by issue time (a returned no-show may be behind the head). */
    Instant oldestIssued() {
        Instant oldest = null;
        for (Ticket head : new Ticket[] {headPriority(), headNormal()}) {
            if (head != null && (oldest == null || head.issuedAt().isBefore(oldest))) {
                oldest = head.issuedAt();
            }
        }
        return oldest;
    }

    int count(boolean priorityOnes) {
        return (priorityOnes ? priority : normal).size();
    }

    int size() {
        return priority.size() + normal.size();
    }

    /** Tickets of this line called before {@code t}: priority first, then by arrival. */
    int ahead(Ticket t) {
        NavigableSet<Ticket> own = side(t);
        // The newest ticket is the usual question (just issued): answer it without counting.
        int before = !own.isEmpty() && own.last().equals(t) ? own.size() - 1 : own.headSet(t, false).size();
        return t.priority() ? before : priority.size() + before;
    }

    /** Where a ticket lands that must wait behind the first {@code behind} normal tickets. */
    long placeBehind(int behind, long nextFreshPlace) {
        Ticket before = null;
        Ticket after = null;
        for (Ticket t : normal) {
            if (behind-- <= 0) {
                after = t;
                break;
            }
            before = t;
        }
        if (after == null) {
            return nextFreshPlace;
        }
        long low = before == null ? after.place() - 2 : before.place();
        return low + Math.max(1, (after.place() - low) / 2);
    }

    private NavigableSet<Ticket> side(Ticket t) {
        return t.priority() ? priority : normal;
    }
}
