package com.hallqueue.server.desk;

import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.QueueEngine;
import java.util.List;

/**
 * What follows from a batch's changes and must be committed with them (a message to a citizen
 * decided because the queue moved): run on the hall's writer after the batch's requests, with
 * every change the batch takes in or makes; what it records on the engine joins the batch.
 */
public interface Consequences {

    Consequences NONE = (engine, changes) -> { };

    void follow(QueueEngine engine, List<HallEvent> changes);
}
