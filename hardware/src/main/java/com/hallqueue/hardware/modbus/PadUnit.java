package com.hallqueue.hardware.modbus;

/**
 * What the master remembers about one pad: the last key and rating sequence it passed on,
 * so a press whose acknowledgement got lost is acknowledged again but not reported twice;
 * whether a press is likely soon; and whether it has gone silent. A pad that missed
 * {@value #MISSES_BEFORE_SILENT} polls in a row is silent: each of its reply timeouts would
 * otherwise hold up the whole bus every round, so it is only tried again after a number of
 * rounds that doubles with each further miss, up to {@value #MAX_BACKOFF_ROUNDS}.
 */
final class PadUnit {

    static final int NOTHING_SEEN = -1;
    static final int MISSES_BEFORE_SILENT = 3;
    static final int FIRST_BACKOFF_ROUNDS = 4;
    static final int MAX_BACKOFF_ROUNDS = 128;

    final int address;
    final PadRole role;
    int lastKeySeq = NOTHING_SEEN;
    int lastScoreSeq = NOTHING_SEEN;
    volatile boolean answering;
    volatile boolean likelyPressed;
    volatile PadDisplay lastShown;
    private volatile int misses;
    private int backoffRounds;
    private long nextTryRound;

    PadUnit(int address, PadRole role) {
        if (address < 1 || address > 247) {
            throw new IllegalArgumentException("Modbus unit address must be 1..247: " + address);
        }
        this.address = address;
        this.role = role;
    }

    boolean silent() {
        return misses >= MISSES_BEFORE_SILENT;
    }

    boolean dueIn(long round) {
        return !silent() || round >= nextTryRound;
    }

    /** @return whether the pad was silent until now */
    boolean answered() {
        boolean wasSilent = silent();
        answering = true;
        misses = 0;
        backoffRounds = 0;
        return wasSilent;
    }

    /** @return whether this miss made the pad silent */
    boolean missed(long round) {
        answering = false;
        misses++;
        if (!silent()) {
            return false;
        }
        backoffRounds = backoffRounds == 0 ? FIRST_BACKOFF_ROUNDS : Math.min(backoffRounds * 2, MAX_BACKOFF_ROUNDS);
        nextTryRound = round + backoffRounds;
        return misses == MISSES_BEFORE_SILENT;
    }

    int backoffRounds() {
        return backoffRounds;
    }
}
