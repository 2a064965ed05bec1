package com.hallqueue.display;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The emergency broadcast (紧急情况) on the gateway's devices: every strip and the hall board
 * show it, and the voice plays its recording once, when this gateway first hears of it (sent
 * now, or found up when the gateway connects). It goes down when a manager clears it or its
 * end passes; the strips then show what they would have shown.
 */
final class BroadcastDevices implements AutoCloseable {

    private final LedWall leds;
    private final Announcer announcer;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "broadcast-end");
        t.setDaemon(true);
        return t;
    });
    private long shown = -1;
    private ScheduledFuture<?> end;

    /** Either may be null: a gateway without strips, or with the voice turned off. */
    BroadcastDevices(LedWall leds, Announcer announcer) {
        this.leds = leds;
        this.announcer = announcer;
    }

    /** The broadcast up now, as the server says at a (re)connection; null or missing when none is. */
    void upNow(JsonNode broadcast) {
        if (broadcast == null || !broadcast.isObject()) {
            over();
        } else {
            started(broadcast);
        }
    }

    synchronized void started(JsonNode b) {
        Instant until = b.path("until").isTextual() ? Instant.parse(b.path("until").asText()) : null;
        if (until != null && !until.isAfter(Instant.now())) {
            over();
            return;
        }
        long id = b.path("id").asLong();
        if (id != shown && announcer != null) {
            announcer.broadcast(b.path("kind").asText());
        }
        shown = id;
        if (leds != null) {
            leds.broadcast(LedText.broadcast(b), LedText.broadcastAscii(b));
        }
        cancelEnd();
        if (until != null) {
            end = timer.schedule(this::over, Duration.between(Instant.now(), until).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    synchronized void cleared(JsonNode b) {
        if (b.path("id").asLong() == shown) {
            over();
        }
    }

    private synchronized void over() {
        shown = -1;
        cancelEnd();
        if (leds != null) {
            leds.broadcastOver();
        }
    }

    private void cancelEnd() {
        if (end != null) {
            end.cancel(false);
            end = null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
