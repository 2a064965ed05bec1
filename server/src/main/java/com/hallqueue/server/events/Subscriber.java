package com.hallqueue.server.events;

import com.hallqueue.server.queue.HallEvent;

/**
 * Follows the hall: first a snapshot, then every committed event after it, in commit order.
 * Called on the hall's writer thread, so implementations must only hand the work on (a
 * non-blocking write, a counter); a slow subscriber would hold up the whole hall.
 */
public interface Subscriber {

    void snapshot(Snapshot snapshot);

    void event(HallEvent event);

    /** Every event of a committed batch has been handed out: time to send what was gathered. */
    default void endOfBatch() {
    }

    /** False once the subscriber is gone (a closed connection); the hub then drops it. */
    default boolean isOpen() {
        return true;
    }

    /** The fan-out that tells this subscriber together with others, or null to be told on its own. */
    default Fanout fanout() {
        return null;
    }
}
