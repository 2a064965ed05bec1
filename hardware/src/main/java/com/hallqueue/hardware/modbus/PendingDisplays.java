package com.hallqueue.hardware.modbus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Displays waiting to be written to their pads, and which goes next. A round writes one at
 * most, after its reads: a display write is half again as long as a read, and after each
 * call every pad whose count of people waiting changed wants one, which would hold up the
 * reads — and so the presses — for a whole round. A change of state, ticket or rating
 * request goes before a mere count; among equals the pads take turns.
 */
final class PendingDisplays {

    private final TreeMap<Integer, PadDisplay> pending = new TreeMap<>();
    private int lastWritten;

    synchronized void put(int unit, PadDisplay display) {
        pending.put(unit, display);
    }

    synchronized void putIfAbsent(int unit, PadDisplay display) {
        pending.putIfAbsent(unit, display);
    }

    /** The next display to write, to a pad that answered its last read. */
    synchronized Optional<Map.Entry<Integer, PadDisplay>> next(Map<Integer, PadUnit> units) {
        Map.Entry<Integer, PadDisplay> countOnly = null;
        for (Map.Entry<Integer, PadDisplay> e : inTurn()) {
            PadUnit unit = units.get(e.getKey());
            if (!unit.answering) {
                continue;
            }
            if (!e.getValue().differsOnlyInWaiting(unit.lastShown)) {
                return Optional.of(Map.entry(e.getKey(), e.getValue()));
            }
            countOnly = countOnly == null ? e : countOnly;
        }
        return Optional.ofNullable(countOnly).map(e -> Map.entry(e.getKey(), e.getValue()));
    }

    /** From the pad after the one written last, round the bus. */
    private Iterable<Map.Entry<Integer, PadDisplay>> inTurn() {
        List<Map.Entry<Integer, PadDisplay>> order = new ArrayList<>(pending.tailMap(lastWritten, false).entrySet());
        order.addAll(pending.headMap(lastWritten, true).entrySet());
        return order;
    }

    /** Written: gone from the queue unless a newer display came meanwhile. */
    synchronized void written(int unit, PadDisplay display) {
        lastWritten = unit;
        pending.remove(unit, display);
    }
}
