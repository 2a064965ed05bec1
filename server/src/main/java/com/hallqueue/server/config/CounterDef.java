package com.hallqueue.server.config;

import java.util.List;

/** A counter (窗口) and the services it may call tickets for. */
public record CounterDef(int number, String name, List<String> services) {

    public boolean serves(String service) {
        return services.contains(service);
    }
}
