package com.hallqueue.server.events;

import com.hallqueue.server.queue.HallEvent;
import java.util.List;

/**
 * Many subscribers told as one: the hub hands it each committed batch once, whatever the
 * number of its members, and it passes the events on to each member after that member's
 * snapshot. The screens are told this way, so the hall's writer thread does the same small
 * work for 5 screens as for 500.
 */
public interface Fanout {

    /** {@code member} has been sent its snapshot at {@code afterSeq}; it gets every event after it. */
    void join(Subscriber member, long afterSeq);

    /** One committed batch, in commit order. Called on the hall's writer thread: hand the work on. */
    void publish(List<HallEvent> batch);

    /** Members still following. */
    int size();
}
