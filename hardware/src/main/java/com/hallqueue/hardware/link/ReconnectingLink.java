package com.hallqueue.hardware.link;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a link usable across unplugs and power cuts. A failed write or read closes the
 * device; later calls reopen it, but no sooner than the back-off allows, so a missing
 * USB adapter is not hammered. Calls never sleep: while waiting they fail at once, and
 * the caller (a poll loop, a print queue) simply tries again on its next round.
 */
final class ReconnectingLink implements DeviceLink {

    private static final Logger log = LoggerFactory.getLogger(ReconnectingLink.class);

    private final Links.Opener opener;
    private final Backoff backoff;
    private final Clock clock;
    private DeviceLink current;
    private Instant nextAttempt = Instant.MIN;
    private boolean closed;

    ReconnectingLink(Links.Opener opener, Duration firstDelay, Duration maxDelay, Clock clock) {
        this.opener = opener;
        this.backoff = new Backoff(firstDelay, maxDelay);
        this.clock = clock;
    }

    @Override
    public synchronized void write(byte[] bytes) throws IOException {
        DeviceLink link = ensureOpen();
        try {
            link.write(bytes);
        } catch (IOException e) {
            throw broken(e);
        }
    }

    @Override
    public synchronized int read(byte[] into, Duration timeout) throws IOException {
        DeviceLink link = ensureOpen();
        try {
            return link.read(into, timeout);
        } catch (IOException e) {
            throw broken(e);
        }
    }

    private DeviceLink ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("link closed");
        }
        if (current != null && current.isOpen()) {
            return current;
        }
        return reopen();
    }

    private DeviceLink reopen() throws IOException {
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            throw new IOException("device down, next try at " + nextAttempt);
        }
        try {
            current = opener.open();
        } catch (IOException e) {
            throw broken(e);
        }
        backoff.reset();
        log.info("device link open: {}", current);
        return current;
    }

    private IOException broken(IOException cause) {
        if (current != null) {
            log.warn("device link lost: {}: {}", current, cause.getMessage());
            current.close();
            current = null;
        }
        nextAttempt = clock.instant().plus(backoff.nextDelay());
        return cause;
    }

    @Override
    public synchronized boolean isOpen() {
        return !closed && current != null && current.isOpen();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
