package com.hallqueue.server.metrics;

import com.hallqueue.server.events.Snapshot;
import com.hallqueue.server.events.Subscriber;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.QueueView;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * The hall's figures in Prometheus text format: tickets issued, calls and every other
 * event, people waiting per service, request counts and latency per route, and the number
 * of connected screens, and the process's own (memory, collections, threads, file
 * descriptors, CPU). It follows the hall like any screen does, so counts are of
 * committed changes only.
 */
public final class Metrics implements Subscriber {

    private final Map<EventType, AtomicLong> events = new EnumMap<>(EventType.class);
    private final Map<String, Latency> routes = new ConcurrentHashMap<>();
    private volatile QueueView queue = new QueueView(java.util.List.of());
    private volatile IntSupplier screens = () -> 0;

    public Metrics() {
        for (EventType t : EventType.values()) {
            events.put(t, new AtomicLong());
        }
    }

    public void countScreensWith(IntSupplier connected) {
        this.screens = connected;
    }

    @Override
    public void snapshot(Snapshot s) {
        queue = s.queue();
    }

    @Override
    public void event(HallEvent e) {
        events.get(e.type()).incrementAndGet();
        queue = e.queue();
    }

    public void request(String route, int status, long nanos) {
        routes.computeIfAbsent(route, r -> new Latency()).record(status, nanos);
    }

    public String render() {
        StringBuilder out = new StringBuilder(4096);
        counter(out, "hallqueue_tickets_issued_total", "Tickets issued.", events.get(EventType.TICKET_ISSUED).get());
        counter(out, "hallqueue_calls_total", "Tickets called to a counter.", events.get(EventType.TICKET_CALLED).get());
        out.append("# HELP hallqueue_events_total Committed hall events by type.\n# TYPE hallqueue_events_total counter\n");
        events.forEach((t, n) -> out.append("hallqueue_events_total{type=\"").append(t.wireName()).append("\"} ")
                .append(n.get()).append('\n'));
        out.append("# HELP hallqueue_waiting Tickets waiting per service.\n# TYPE hallqueue_waiting gauge\n");
        queue.services().forEach(s -> out.append("hallqueue_waiting{service=\"").append(s.service()).append("\"} ")
                .append(s.waiting()).append('\n'));
        out.append("# HELP hallqueue_screens Connected event-stream clients.\n# TYPE hallqueue_screens gauge\n")
                .append("hallqueue_screens ").append(screens.getAsInt()).append('\n');
        java.lang.management.MemoryUsage heap =
                java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.append("# HELP hallqueue_heap_used_bytes JVM heap in use.\n# TYPE hallqueue_heap_used_bytes gauge\n")
                .append("hallqueue_heap_used_bytes ").append(heap.getUsed()).append('\n');
        Latency.renderHeader(out);
        routes.forEach((route, l) -> l.render(out, route));
        JvmMetrics.render(out);
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" counter\n")
                .append(name).append(' ').append(value).append('\n');
    }
}
