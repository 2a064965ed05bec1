package com.hallqueue.server.queue;

import java.time.Instant;
import java.util.List;

/**
 * How many wait for each service, since when the longest-waiting of them holds a number
 * ({@code oldestIssuedAt}, null when none wait), and how long a ticket taken now would
 * wait; and the alerts for managers where that forecast breaks the hall's wait target
 * (请增开B类窗口).
 */
public record QueueView(List<ServiceQueue> services, List<Alert> alerts) {

    public QueueView(List<ServiceQueue> services) {
        this(services, List.of());
    }

    /** Forecasts are null when no counter open or opening today serves the service. */
    public record ServiceQueue(String service, String name, String nameEn, int waiting, Long estimatedWaitSeconds,
                               Long estimatedWaitLowSeconds, Long estimatedWaitHighSeconds, Instant oldestIssuedAt,
                               Boolean mayNotBeServedToday) {
    }

    /** A service whose forecast wait for a new ticket is over the target: open another counter for it. */
    public record Alert(String service, long estimatedWaitSeconds, long targetSeconds, String message) {
    }
}
