package com.hallqueue.server.desk;

/** The writer's signs of life: when it last went round its loop, and whether its store answers. */
public final class Heartbeat {

    /** A writer that has not gone round for this long is stuck. */
    static final long STUCK_AFTER_NANOS = 5_000_000_000L;

    private volatile long lastBeat = System.nanoTime();
    private volatile String storeDown;

    /** What the readiness check reports: a live writer, and why the store is down, if it is. */
    public record Reading(boolean writerAlive, long sinceBeatMillis, String storeDown) {
        public boolean ready() {
            return writerAlive && storeDown == null;
        }
    }

    void beat() {
        lastBeat = System.nanoTime();
    }

    void storeDown(String why) {
        storeDown = why;
    }

    String storeDown() {
        return storeDown;
    }

    Reading read(boolean threadAlive) {
        long since = System.nanoTime() - lastBeat;
        return new Reading(threadAlive && since < STUCK_AFTER_NANOS, since / 1_000_000, storeDown);
    }
}
