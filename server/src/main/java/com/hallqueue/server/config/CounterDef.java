package com.hallqueue.server.config;

import java.time.LocalTime;
import java.util.List;

/**
 * A counter (窗口) and the services it may call tickets for. {@code opens} (optional) is
 * when it usually opens if later than the hall, and {@code breaks} its planned pauses such
 * as a staggered lunch; the wait forecast counts on both.
 */
public record CounterDef(int number, String name, List<String> services, LocalTime opens,
                         List<DayHours.Break> breaks) {

    public CounterDef(int number, String name, List<String> services) {
        this(number, name, services, null, List.of());
    }

    public boolean serves(String service) {
        return services.contains(service);
    }
}
