package com.hallqueue.server.events;

import com.hallqueue.server.queue.HallEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands each committed event to every subscriber. Each subscriber joined at a snapshot and
 * gets only the events after it, so nothing is missed or told twice. Subscribers that belong
 * to a {@link Fanout} (the screens) are told through it: one hand-over per batch for all.
 */
public final class EventHub {

    private final Map<Subscriber, Long> subscribers = new ConcurrentHashMap<>();
    private final Set<Fanout> fanouts = ConcurrentHashMap.newKeySet();

    public void join(Subscriber s, long afterSeq) {
        Fanout fanout = s.fanout();
        if (fanout == null) {
            subscribers.put(s, afterSeq);
        } else {
            fanouts.add(fanout);
            fanout.join(s, afterSeq);
        }
    }

    public void leave(Subscriber s) {
        subscribers.remove(s);
    }

    /** Subscribers following, those of every fan-out included. */
    public int size() {
        return subscribers.size() + fanouts.stream().mapToInt(Fanout::size).sum();
    }

    public void publish(List<HallEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        fanouts.forEach(f -> f.publish(events));
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
