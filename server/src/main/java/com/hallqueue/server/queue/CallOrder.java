package com.hallqueue.server.queue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Walks a counter's lines in the order {@link WaitingLines#next} would call from them,
 * without removing anything: priority first until the priority cap, then the oldest normal
 * ticket. Costs O(limit × lines), however long the queue, so a counter page can ask often.
 */
final class CallOrder {

    private final List<Head> priority = new ArrayList<>();
    private final List<Head> normal = new ArrayList<>();
    private final int maxConsecutive;
    private int streak;

    CallOrder(List<Line> lines, int streak, int maxConsecutive) {
        for (Line line : lines) {
            priority.add(new Head(line.priorityInOrder()));
            normal.add(new Head(line.normalInOrder()));
        }
        this.streak = streak;
        this.maxConsecutive = maxConsecutive;
    }

    List<Ticket> take(int limit) {
        List<Ticket> out = new ArrayList<>(Math.min(limit, 64));
        while (out.size() < limit) {
            Head p = earliest(priority);
            Head n = earliest(normal);
            boolean priorityMayGo = n == null || streak < maxConsecutive;
            Head pick = p != null && priorityMayGo ? p : n;
            if (pick == null) {
                break;
            }
            streak = pick == p ? streak + 1 : 0;
            out.add(pick.advance());
        }
        return out;
    }

    private static Head earliest(List<Head> heads) {
        Head best = null;
        for (Head h : heads) {
            if (h.ticket != null && (best == null || WaitingLines.earlier(best.ticket, h.ticket) == h.ticket)) {
                best = h;
            }
        }
        return best;
    }

    /** The front of one side of one line as the walk moves through it. */
    private static final class Head {
        private final Iterator<Ticket> rest;
        private Ticket ticket;

        Head(Iterator<Ticket> rest) {
            this.rest = rest;
            this.ticket = rest.hasNext() ? rest.next() : null;
        }

        Ticket advance() {
            Ticket t = ticket;
            ticket = rest.hasNext() ? rest.next() : null;
            return t;
        }
    }
}
