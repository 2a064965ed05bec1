package com.hallqueue.server.config;

import java.time.Duration;

/** The hall's service target: a citizen should be called within this wait. */
public record StatsRules(Duration waitTarget) {
}
