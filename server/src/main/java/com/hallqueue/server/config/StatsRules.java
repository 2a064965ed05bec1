package com.hallqueue.server.config;

import java.time.Duration;

/**
 * The hall's service target: a citizen should be called within {@code waitTarget}, and at
 * least {@code serviceLevel} of them (e.g. 80% within 15 minutes).
 */
public record StatsRules(Duration waitTarget, double serviceLevel) {
}
