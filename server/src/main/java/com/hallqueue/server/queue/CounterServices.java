package com.hallqueue.server.queue;

import java.util.ArrayList;
import java.util.List;

/**
 * A manager changes which services a counter calls while the hall runs (counter 6 stops
 * serving C at noon). Nothing else about the counter moves: a ticket it holds finishes as
 * usual, and the tickets waiting are called by whichever counters serve them from now on.
 */
final class CounterServices {

    /** {@code hall_event.detail} keeps 200 characters. */
    private static final int DETAIL_LENGTH = 200;
    private final HallState hall;

    CounterServices(HallState hall) {
        this.hall = hall;
    }

    CounterView change(int number, List<String> services, String badge) {
        Counter c = hall.counter(number);
        List<String> now = checked(services);
        if (now.equals(c.services())) {
            return hall.views.now().counter(c);
        }
        Counter changed = hall.save(c.serving(now));
        String detail = String.join(",", now);
        detail = detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail;
        return hall.emit(EventType.COUNTER_SERVICES_CHANGED, null, changed, badge, detail).counterView();
    }

    /** The services as given, each once, in the order given; refused when empty or naming one the hall lacks. */
    private List<String> checked(List<String> services) {
        if (services == null || services.isEmpty()) {
            throw Refusal.badInput("services", "至少选择一项业务 / services must name at least one service");
        }
        List<String> out = new ArrayList<>();
        for (String s : services) {
            if (s == null || hall.config.service(s).isEmpty()) {
                throw Refusal.badInput("services", "没有业务" + s + " / No service " + s);
            }
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
