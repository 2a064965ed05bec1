package com.hallqueue.client;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall servers a device may talk to and the one it talks to now. Every server of the list
 * serves the same hall, so when the current one cannot be reached the device simply moves on
 * to the next, round the list; it stays there until that one fails in turn.
 */
final class Servers {

    private static final Logger LOG = LoggerFactory.getLogger(Servers.class);

    private final List<URI> all;
    private final AtomicInteger current = new AtomicInteger();
    private final List<Consumer<URI>> onMove = new CopyOnWriteArrayList<>();

    Servers(List<URI> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no server address given");
        }
        this.all = List.copyOf(all);
    }

    URI current() {
        return all.get(current.get());
    }

    int size() {
        return all.size();
    }

    /** Moves on from {@code server}; several threads that saw it fail move on once, not once each. */
    void unreachable(URI server) {
        int at = current.get();
        if (all.size() > 1 && all.get(at).equals(server) && current.compareAndSet(at, (at + 1) % all.size())) {
            LOG.warn("cannot reach {}; moving on to {}", server, current());
            onMove.forEach(left -> left.accept(server));
        }
    }

    /** Tells {@code left} the server this device moved on from, each time it moves on. */
    void whenMovedOn(Consumer<URI> left) {
        onMove.add(left);
    }

    @Override
    public String toString() {
        return String.join(",", all.stream().map(URI::toString).toList());
    }
}
