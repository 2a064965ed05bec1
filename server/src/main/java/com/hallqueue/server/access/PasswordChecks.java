package com.hallqueue.server.access;

import com.hallqueue.server.config.PasswordHash;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A password hash takes about a second of one core, on purpose. At most {@value #AT_ONCE} are
 * computed at once, so a flood of logins (guessed or not) waits its turn instead of taking
 * every core from the hall; one that waits too long is told the server is busy.
 */
final class PasswordChecks {

    private static final int AT_ONCE = 2;
    private static final long LONGEST_WAIT_SECONDS = 20;

    private final Semaphore turns = new Semaphore(AT_ONCE, true);

    boolean matches(char[] password, String stored) {
        return inTurn(() -> PasswordHash.matches(password, stored));
    }

    String create(char[] password) {
        return inTurn(() -> PasswordHash.create(password));
    }

    private <T> T inTurn(java.util.function.Supplier<T> hashing) {
        try {
            if (!turns.tryAcquire(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new StaffSessions.Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StaffSessions.Busy();
        }
        try {
            return hashing.get();
        } finally {
            turns.release();
        }
    }
}
