package com.hallqueue.printer;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the agent does on its own threads. */
public final class Eventually {

    private Eventually() {
    }

    public static void await(String what, Duration within, BooleanSupplier done) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
