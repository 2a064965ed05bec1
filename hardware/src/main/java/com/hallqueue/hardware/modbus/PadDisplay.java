package com.hallqueue.hardware.modbus;

import java.util.Objects;

/**
 * What the master shows on a pad: the counter's state, the ticket being served, how many
 * wait, and whether the evaluator should light up and ask the citizen for a rating.
 */
public record PadDisplay(CounterState state, String ticketNumber, int waiting, boolean askForRating) {

    public PadDisplay {
        Objects.requireNonNull(state, "state");
        ticketNumber = ticketNumber == null ? "" : ticketNumber;
        if (waiting < 0) {
            throw new IllegalArgumentException("waiting cannot be negative: " + waiting);
        }
    }

    /**
     * Whether the pad is likely to be pressed soon: its counter calls or serves, or is idle
     * while people wait for it, or its evaluator asks for a rating.
     */
    boolean likelyPressed() {
        return state == CounterState.CALLING || state == CounterState.SERVING
                || (state == CounterState.IDLE && waiting > 0) || askForRating;
    }

    /** Whether {@code before} showed the same state, ticket and rating request (null: nothing shown yet). */
    boolean differsOnlyInWaiting(PadDisplay before) {
        return before != null && state == before.state && ticketNumber.equals(before.ticketNumber)
                && askForRating == before.askForRating;
    }

    /** Register values 8..14 of the map, written in one request. */
    int[] registers() {
        int[] values = new int[PadRegisters.DISPLAY_COUNT];
        values[0] = state.code();
        values[1] = Math.min(waiting, 0xFFFF);
        int[] ticket = PadRegisters.ticketRegisters(ticketNumber);
        System.arraycopy(ticket, 0, values, 2, ticket.length);
        values[6] = askForRating ? 1 : 0;
        return values;
    }
}
