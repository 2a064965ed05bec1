package com.hallqueue.hardware.modbus;

import java.util.Optional;

/** The keys on a counter's call pad (呼叫器), with the code the pad puts in register 0. */
public enum CallKey {
    CALL_NEXT(1), RECALL(2), START(3), FINISH(4), NO_SHOW(5), PAUSE_RESUME(6), TRANSFER(7);

    private final int code;

    CallKey(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<CallKey> ofCode(int code) {
        for (CallKey key : values()) {
            if (key.code == code) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
