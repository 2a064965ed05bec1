package com.hallqueue.hardware.modbus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a pad's input registers into listener calls and acknowledgements. */
final class PadInputs {

    private static final Logger log = LoggerFactory.getLogger(PadInputs.class);

    private final RtuMaster master;
    private final PadListener listener;
    private final Counters counters;

    PadInputs(RtuMaster master, PadListener listener, Counters counters) {
        this.master = master;
        this.listener = listener;
        this.counters = counters;
    }

    /** {@code registers} are the unit's inputs as its role reads them: KEY, KEY_SEQ, then SCORE, SCORE_SEQ. */
    void handle(PadUnit unit, int[] registers) {
        int at = 0;
        if (unit.role.hasKeys()) {
            handleKey(unit, registers[at], registers[at + 1]);
            at += 2;
        }
        if (unit.role.hasScores()) {
            handleScore(unit, registers[at], registers[at + 1]);
        }
    }

    private void handleKey(PadUnit unit, int code, int seq) {
        if (code == 0 || seq == 0) {
            return;
        }
        if (seq != unit.lastKeySeq) {
            unit.lastKeySeq = seq;
            CallKey.ofCode(code).ifPresentOrElse(
                    key -> deliver(() -> listener.keyPressed(new PadKey(unit.address, key, seq))),
                    counters.unknownCodes::incrementAndGet);
        }
        master.writeSingleRegister(unit.address, PadRegisters.KEY_ACK, seq);
    }

    private void handleScore(PadUnit unit, int score, int seq) {
        if (score == 0 || seq == 0) {
            return;
        }
        if (seq != unit.lastScoreSeq) {
            unit.lastScoreSeq = seq;
            if (score <= 5) {
                deliver(() -> listener.scored(new EvaluatorScore(unit.address, score, seq)));
            } else {
                counters.unknownCodes.incrementAndGet();
            }
        }
        master.writeSingleRegister(unit.address, PadRegisters.SCORE_ACK, seq);
    }

    /** A failing listener must not stall the bus or make the pad repeat the press forever. */
    private static void deliver(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.warn("pad listener failed; the press is acknowledged and dropped", e);
        }
    }
}
