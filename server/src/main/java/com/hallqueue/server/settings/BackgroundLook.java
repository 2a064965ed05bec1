package com.hallqueue.server.settings;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * A look at the database for another server's change of a setting kept in memory (the
 * calendar, slot capacities), made off the asking thread. The hall's writer asks these
 * settings inside its own transaction, holding a connection of the pool; a look on its
 * thread would wait for a second one, and with a deployment's halls all doing so the pool
 * ran dry (`bench/city`: 13 of 16 connections held by writers waiting for another). So the
 * asker is answered from memory at once, and when a look is due it is made here, one at a
 * time per setting, on a few threads every hall of the server shares.
 */
public final class BackgroundLook {

    private static final ExecutorService LOOKS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "settings-look");
        t.setDaemon(true);
        return t;
    });

    private final String what;
    private final Duration every;
    private final Runnable look;
    private final AtomicBoolean looking = new AtomicBoolean();
    private volatile long lookedAt = System.nanoTime();

    /** {@code look} reads the setting again; {@code what} names it in the log when it cannot. */
    public BackgroundLook(String what, Duration every, Runnable look) {
        this.what = what;
        this.every = every;
        this.look = look;
    }

    /** Starts a look if the last one is {@code every} old and none is under way; never waits. */
    public void ifDue() {
        if (System.nanoTime() - lookedAt > every.toNanos() && looking.compareAndSet(false, true)) {
            LOOKS.execute(this::lookNow);
        }
    }

    private void lookNow() {
        try {
            look.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(BackgroundLook.class).warn("{} stay as they were: {}", what, e.toString());
        } finally {
            lookedAt = System.nanoTime();
            looking.set(false);
        }
    }
}
