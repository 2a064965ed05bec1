package com.hallqueue.hardware.modbus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Chooses the pads of each poll round (see {@link PollOrder}). Silent pads come round only
 * when their back-off allows; with {@link PollOrder#LIKELY_FIRST} the unlikely ones share
 * the rounds, about a {@value #OTHERS_EVERY_ROUNDS}th of them each round, in turn.
 */
final class PollPlan {

    static final int OTHERS_EVERY_ROUNDS = 4;

    private final List<PadUnit> units;
    private final PollOrder order;
    private long round;
    private int othersCursor;

    PollPlan(Collection<PadUnit> units, PollOrder order) {
        this.units = List.copyOf(units);
        this.order = order;
    }

    long round() {
        return round;
    }

    /** The next round's pads, in address order. */
    List<PadUnit> nextRound() {
        round++;
        List<PadUnit> due = new ArrayList<>();
        List<PadUnit> others = new ArrayList<>();
        for (PadUnit unit : units) {
            if (!unit.dueIn(round)) {
                continue;
            }
            boolean everyRound = order == PollOrder.ROUND_ROBIN || unit.silent() || unit.likelyPressed;
            (everyRound ? due : others).add(unit);
        }
        due.addAll(shareOf(others));
        due.sort((a, b) -> Integer.compare(a.address, b.address));
        return due;
    }

    private List<PadUnit> shareOf(List<PadUnit> others) {
        if (others.isEmpty()) {
            return List.of();
        }
        int share = (others.size() + OTHERS_EVERY_ROUNDS - 1) / OTHERS_EVERY_ROUNDS;
        List<PadUnit> taken = new ArrayList<>();
        for (int i = 0; i < share; i++) {
            taken.add(others.get((othersCursor + i) % others.size()));
        }
        othersCursor = (othersCursor + share) % others.size();
        return taken;
    }
}
