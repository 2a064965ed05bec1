package com.hallqueue.server.queue;

import java.util.HashMap;
import java.util.Map;

/**
 * All the hall's lines. A counter takes the longest-waiting ticket among the services it
 * serves and the tickets transferred to it; priority tickets first, until the counter has
 * made {@code maxConsecutive} priority calls in a row and a normal ticket is waiting.
 */
final class WaitingLines {

    private final Map<String, Line> byService = new HashMap<>();
    private final Map<Integer, Line> byCounter = new HashMap<>();

    void add(Ticket t) {
        lineOf(t).add(t);
    }

    void remove(Ticket t) {
        lineOf(t).remove(t);
    }

    int ahead(Ticket t) {
        return lineOf(t).ahead(t);
    }

    int waitingFor(String service, boolean priority) {
        Line line = byService.get(service);
        return line == null ? 0 : line.count(priority);
    }

    int waitingFor(String service) {
        Line line = byService.get(service);
        return line == null ? 0 : line.size();
    }

    java.util.Iterator<Ticket> waiting(String service, boolean priority) {
        Line line = byService.get(service);
        return line == null ? java.util.Collections.emptyIterator() : line.inOrder(priority);
    }

    java.util.Iterator<Ticket> directedTo(int counter, boolean priority) {
        Line line = byCounter.get(counter);
        return line == null ? java.util.Collections.emptyIterator() : line.inOrder(priority);
    }

    /** When the longest-waiting ticket of a service was issued, or null when nobody waits. */
    java.time.Instant oldestIssued(String service) {
        Line line = byService.get(service);
        return line == null ? null : line.oldestIssued();
    }

    /** The tickets counter {@code c} would call next, in the order it would call them, at most {@code limit}. */
    java.util.List<Ticket> upcoming(Counter c, int maxConsecutive, int limit) {
        return new CallOrder(linesFor(c), c.priorityStreak(), maxConsecutive).take(limit);
    }

    /** How many wait that counter {@code c} may serve. */
    int waitingFor(Counter c) {
        int n = 0;
        for (Line line : linesFor(c)) {
            n += line.size();
        }
        return n;
    }

    Line service(String code) {
        return byService.computeIfAbsent(code, c -> new Line());
    }

    Ticket next(Counter c, int maxConsecutive) {
        Ticket priority = null;
        Ticket normal = null;
        for (Line line : linesFor(c)) {
            priority = earlier(priority, line.headPriority());
            normal = earlier(normal, line.headNormal());
        }
        boolean priorityMayGo = normal == null || c.priorityStreak() < maxConsecutive;
        return priority != null && priorityMayGo ? priority : normal;
    }

    private java.util.List<Line> linesFor(Counter c) {
        java.util.List<Line> lines = new java.util.ArrayList<>(c.services().size() + 1);
        for (String s : c.services()) {
            Line line = byService.get(s);
            if (line != null) {
                lines.add(line);
            }
        }
        Line directed = byCounter.get(c.number());
        if (directed != null) {
            lines.add(directed);
        }
        return lines;
    }

    static Ticket earlier(Ticket a, Ticket b) {
        if (a == null) {
            return b;
        }
        return b == null || Line.ARRIVAL.compare(b, a) >= 0 ? a : b;
    }

    private Line lineOf(Ticket t) {
        return t.directedTo() != null
                ? byCounter.computeIfAbsent(t.directedTo(), n -> new Line())
                : service(t.service());
    }
}
