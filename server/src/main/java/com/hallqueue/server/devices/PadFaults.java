package com.hallqueue.server.devices;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The hall's call pads and evaluators that stopped answering (设备故障), as their gateways
 * report them, and the latest faults cleared. Kept in memory only: a gateway reports its
 * whole list whenever it changes and whenever its event stream connects again, so a restarted
 * server knows it again within a reconnect, and nothing a later day depends on is lost.
 */
public final class PadFaults {

    static final int CLEARED_KEPT = 20;

    private final Clock clock;
    private final Map<String, List<PadFault>> open = new LinkedHashMap<>();
    private final Deque<PadFault> cleared = new ArrayDeque<>();

    public PadFaults(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes {@code gateway}'s report (its request body, see {@link PadReport}); a fault it no
     * longer lists is cleared now. A fault already known keeps the time it was first seen.
     *
     * @throws BadPadReport naming the field at fault
     */
    public synchronized List<PadFault> report(String gateway, byte[] body, IntPredicate itsCounters) {
        List<PadFault> reported = PadReport.read(body, gateway, itsCounters);
        List<PadFault> before = open.getOrDefault(gateway, List.of());
        List<PadFault> now = new ArrayList<>();
        for (PadFault f : reported) {
            now.add(before.stream().filter(f::sameUnit).findFirst().orElse(f));
        }
        before.stream().filter(b -> now.stream().noneMatch(b::sameUnit)).forEach(this::clear);
        open.put(gateway, List.copyOf(now));
        return open.get(gateway);
    }

    private void clear(PadFault fault) {
        cleared.addFirst(fault.clearedAt(clock.instant()));
        while (cleared.size() > CLEARED_KEPT) {
            cleared.removeLast();
        }
    }

    /** Faults lasting now, by counter. */
    public synchronized List<PadFault> open() {
        return open.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt(PadFault::counter).thenComparingInt(PadFault::unit)).toList();
    }

    /** The latest faults cleared, newest first. */
    public synchronized List<PadFault> cleared() {
        return List.copyOf(cleared);
    }
}
