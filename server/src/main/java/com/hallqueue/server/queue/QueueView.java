package com.hallqueue.server.queue;

import java.util.List;

/** How many wait for each service and how long a ticket taken now would wait. */
public record QueueView(List<ServiceQueue> services) {

    /** Forecasts are null when no counter open or opening today serves the service. */
    public record ServiceQueue(String service, String name, String nameEn, int waiting, Long estimatedWaitSeconds,
                               Long estimatedWaitLowSeconds, Long estimatedWaitHighSeconds) {
    }
}
