package com.hallqueue.server.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for what a server does on its own time (an outbox sending, a stream catching up),
 * asking again every 25 ms; a wait that runs out fails the test with what it waited for,
 * rather than hanging it.
 */
public final class Eventually {

    private static final long EVERY_MS = 25;

    private Eventually() {
    }

    public static void await(String what, Duration within, BooleanSupplier done) {
        await(what, within, () -> done.getAsBoolean() ? Optional.of(true) : Optional.empty());
    }

    /** The first thing {@code probe} finds; {@code what} may say what was last seen. */
    public static <T> T await(Supplier<String> what, Duration within, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toMillis() + " ms: " + what.get());
            }
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what.get(), e);
            }
        }
    }

    public static <T> T await(String what, Duration within, Supplier<Optional<T>> probe) {
        return await(() -> what, within, probe);
    }
}
