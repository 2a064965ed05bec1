package com.hallqueue.server.events;

import com.hallqueue.server.printing.PrinterState;
import com.hallqueue.server.queue.CounterView;
import com.hallqueue.server.queue.QueueView;
import com.hallqueue.server.queue.TicketView;
import java.util.List;
import java.util.Map;

/** The whole hall at one point of the commit order: what a (re)connecting screen starts from. */
public record Snapshot(long seq, List<CounterView> counters, QueueView queue, List<TicketView> recentCalls,
                       Map<String, PrinterState> printers) {
}
