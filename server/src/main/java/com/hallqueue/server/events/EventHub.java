package com.hallqueue.server.events;

import com.hallqueue.server.queue.HallEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands each committed event to every subscriber. Each subscriber joined at a snapshot and
 * gets only the events after it, so nothing is missed or told twice.
 */
public final class EventHub {

    private final Map<Subscriber, Long> subscribers = new ConcurrentHashMap<>();

    public void join(Subscriber s, long afterSeq) {
        subscribers.put(s, afterSeq);
    }

    public void leave(Subscriber s) {
        subscribers.remove(s);
    }

    public int size() {
        return subscribers.size();
    }

    public void publish(List<HallEvent> events) {
        for (HallEvent e : events) {
            subscribers.forEach((s, after) -> deliver(s, after, e));
        }
        subscribers.keySet().forEach(Subscriber::endOfBatch);
    }

    private void deliver(Subscriber s, long afterSeq, HallEvent e) {
        if (!s.isOpen()) {
            subscribers.remove(s);
        } else if (e.seq() > afterSeq) {
            s.event(e);
        }
    }
}
