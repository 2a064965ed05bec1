package com.hallqueue.server.access;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces weaker password hashes after the logins they let in, one at a time on a thread of
 * its own: the login is answered at once, and a morning of twenty staff logging in does not
 * wait twenty seconds of hashing. A replacement lost (a full queue, a restart) is made at the
 * next good login instead.
 */
final class Strengthening {

    private static final Logger LOG = LoggerFactory.getLogger(Strengthening.class);
    private static final int QUEUED_AT_MOST = 64;

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUED_AT_MOST), r -> {
                Thread t = new Thread(r, "password-strengthening");
                t.setDaemon(true);
                return t;
            });

    Strengthening() {
        worker.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code replace} for {@code badge} soon, unless one is already waiting for it. */
    void later(String badge, Runnable replace) {
        if (!pending.add(badge)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    replace.run();
                } catch (RuntimeException e) {
                    LOG.warn("the password hash of {} stays as it was until the next login: {}", badge, e.toString());
                } finally {
                    pending.remove(badge);
                }
            });
        } catch (RejectedExecutionException e) {
            pending.remove(badge);
        }
    }
}
