package com.hallqueue.hardware.modbus;

/**
 * Receives what the pads report, on the bus thread, once per press. Keep it quick: the
 * next pad is polled only after it returns.
 */
public interface PadListener {

    void keyPressed(PadKey key);

    void scored(EvaluatorScore score);

    /** The unit missed polls enough to count as silent: a device fault (power, wiring, address). */
    default void unitSilent(int unit) {
    }

    /** A silent unit answered again. */
    default void unitAnswersAgain(int unit) {
    }
}
