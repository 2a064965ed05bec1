package com.hallqueue.server.simulate;

import com.hallqueue.server.forecast.HallHistory;
import com.hallqueue.server.queue.CounterView;
import com.hallqueue.server.queue.CounterState;
import com.hallqueue.server.queue.TicketView;
import java.util.List;

/**
 * The simple forecasts the literature compares against, each given only what the live
 * hall knows when the ticket is issued (Ibrahim & Whitt): LES, the wait of the last ticket
 * of the service called; QL, (n+1)/(s·μ); and naive, people ahead × mean handle / open counters.
 */
final class Baselines {

    private final HallHistory history;

    Baselines(HallHistory history) {
        this.history = history;
    }

    double les(TicketView t) {
        Long last = history.lastWait(t.service());
        return last == null ? 0 : last;
    }

    double ql(TicketView t, List<CounterView> counters) {
        double perTicket = history.handleMean(t.service());
        return (t.ahead() + 1) * perTicket / open(t.service(), counters);
    }

    double naive(TicketView t, List<CounterView> counters) {
        return t.ahead() * history.handleMean(t.service()) / open(t.service(), counters);
    }

    private static int open(String service, List<CounterView> counters) {
        long n = counters.stream().filter(c -> c.state() != CounterState.CLOSED && c.services().contains(service))
                .count();
        return (int) Math.max(1, n);
    }
}
