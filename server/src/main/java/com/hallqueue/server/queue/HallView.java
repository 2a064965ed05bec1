package com.hallqueue.server.queue;

import com.hallqueue.server.config.HallConfig;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;

/** A read-only look at the live hall for forecasting: counters, and the lines in call order. */
public interface HallView {

    Instant now();

    HallConfig config();

    Collection<Counter> counters();

    Ticket ticket(String id);

    /** How many priority, or normal, tickets wait for a service; at once, however long the line. */
    int waitingCount(String service, boolean priority);

    /** How many tickets of its line will be called before this waiting one. */
    int ahead(Ticket t);

    /** The tickets waiting for a service, priority or normal ones, longest-waiting first. */
    Iterator<Ticket> waiting(String service, boolean priority);

    /** The tickets transferred to one counter, priority or normal ones, longest-waiting first. */
    Iterator<Ticket> directedTo(int counter, boolean priority);
}
