package com.hallqueue.server.queue;

import java.util.List;

/** How many wait for each service and how long a ticket taken now would wait. */
public record QueueView(List<ServiceQueue> services) {

    public record ServiceQueue(String service, String name, String nameEn, int waiting, long estimatedWaitSeconds) {
    }
}
