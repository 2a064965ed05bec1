package com.hallqueue.server.config;

import java.time.Duration;
import java.util.Map;

/**
 * When the manager's screen raises an alert: a service whose longest or forecast wait, or
 * whose queue, passes its threshold. The hall's rule behind it: 在繁忙时段,应该增加服务窗口.
 */
public record AlertRules(Threshold hall, Map<String, Threshold> services) {

    /** A wait and a queue length; passing either raises the alert. */
    public record Threshold(Duration maxWait, int waiting) {
    }

    public Threshold forService(String code) {
        return services.getOrDefault(code, hall);
    }
}
