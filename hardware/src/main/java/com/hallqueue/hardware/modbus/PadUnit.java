package com.hallqueue.hardware.modbus;

/**
 * What the master remembers about one pad: the last key and rating sequence it passed on,
 * so a press whose acknowledgement got lost is acknowledged again but not reported twice.
 */
final class PadUnit {

    static final int NOTHING_SEEN = -1;

    final int address;
    int lastKeySeq = NOTHING_SEEN;
    int lastScoreSeq = NOTHING_SEEN;
    volatile boolean answering;

    PadUnit(int address) {
        if (address < 1 || address > 247) {
            throw new IllegalArgumentException("Modbus unit address must be 1..247: " + address);
        }
        this.address = address;
    }
}
