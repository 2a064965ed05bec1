package com.hallqueue.hardware.modbus;

/**
 * What a unit on the bus is, and so which of its input registers a poll reads: a call pad's
 * KEY and KEY_SEQ, an evaluator's SCORE and SCORE_SEQ, or all four for a unit that is both.
 * A pure call pad never holds a rating and a pure evaluator never a key (REGISTERS.md), so
 * reading two registers loses nothing and spares four characters a read: at 9600 baud
 * about 4 ms per pad per round, which every press waits on.
 */
public enum PadRole {
    CALL_PAD(PadRegisters.KEY, 2),
    EVALUATOR(PadRegisters.SCORE, 2),
    BOTH(PadRegisters.KEY, 4);

    final int firstInput;
    final int inputCount;

    PadRole(int firstInput, int inputCount) {
        this.firstInput = firstInput;
        this.inputCount = inputCount;
    }

    boolean hasKeys() {
        return this != EVALUATOR;
    }

    boolean hasScores() {
        return this != CALL_PAD;
    }

    /** A unit named both as a counter's pad and as an evaluator is both. */
    public PadRole with(PadRole other) {
        return other == this ? this : BOTH;
    }
}
