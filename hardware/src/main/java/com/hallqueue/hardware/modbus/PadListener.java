package com.hallqueue.hardware.modbus;

/**
 * Receives what the pads report, on the bus thread, once per press. Keep it quick: the
 * next pad is polled only after it returns.
 */
public interface PadListener {

    void keyPressed(PadKey key);

    void scored(EvaluatorScore score);
}
