package com.hallqueue.server.staffing;

import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.store.EventRow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** A recorded day's demand: tickets issued per hour and service, and mean handle times per service. */
final class DayDemand {

    final Map<Integer, Map<String, Integer>> arrivals = new TreeMap<>();
    private final Map<String, double[]> handle = new HashMap<>();

    private final ZoneId zone;
    private final Map<String, Instant> from = new HashMap<>();

    DayDemand(ZoneId zone) {
        this.zone = zone;
    }

    /** Takes in the day's events one at a time, in commit order. */
    void accept(EventRow e) {
        if (e.type() == EventType.TICKET_ISSUED) {
            int hour = e.at().atZone(zone).getHour();
            arrivals.computeIfAbsent(hour, h -> new TreeMap<>()).merge(e.service(), 1, Integer::sum);
        } else if (e.type() == EventType.TICKET_CALLED || e.type() == EventType.TICKET_STARTED) {
            from.put(e.ticketId(), e.at());
        } else if (e.type() == EventType.TICKET_FINISHED && from.containsKey(e.ticketId())) {
            double seconds = (e.at().toEpochMilli() - from.remove(e.ticketId()).toEpochMilli()) / 1000.0;
            double[] sum = handle.computeIfAbsent(e.service(), s -> new double[2]);
            sum[0] += seconds;
            sum[1]++;
        }
    }

    /** Mean handle time of a service that day, or {@code fallback} when none was finished. */
    double meanHandle(String service, double fallback) {
        double[] sum = handle.get(service);
        return sum == null || sum[1] == 0 ? fallback : sum[0] / sum[1];
    }
}
