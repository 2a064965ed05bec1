package com.hallqueue.hardware.modbus;

/** Which pads a poll round reads. */
public enum PollOrder {
    /** Every pad, every round, in address order. */
    ROUND_ROBIN,
    /**
     * Every round reads the pads likely to be pressed soon — a counter calling or serving,
     * an idle counter with people waiting for it, an evaluator asking for a rating — and a
     * quarter of the others in turn: on a long bus a press at a working counter waits for
     * a short round, while a paused or closed counter's pad is still read every few rounds.
     */
    LIKELY_FIRST
}
