package com.hallqueue.hardware.modbus;

/** What the pad's lamps and display show about its counter, with its register code. */
public enum CounterState {
    CLOSED(0), IDLE(1), CALLING(2), SERVING(3), PAUSED(4);

    private final int code;

    CounterState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
