package com.hallqueue.server.queue;

import java.time.Instant;
import java.util.List;

/**
 * How many wait for each service and how long a ticket taken now would wait; {@code
 * oldestIssuedAt} is when the longest-waiting of them took the number (null when none wait).
 */
public record QueueView(List<ServiceQueue> services) {

    public record ServiceQueue(String service, String name, String nameEn, int waiting, long estimatedWaitSeconds,
                               Instant oldestIssuedAt) {
    }
}
