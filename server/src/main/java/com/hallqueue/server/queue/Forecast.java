package com.hallqueue.server.queue;

import java.util.Map;

/**
 * Forecast waits: for given waiting tickets (by id), and for a ticket of each service that
 * the kiosk would issue now, normal and priority (by service code).
 */
public record Forecast(Map<String, Estimate> tickets, Map<String, Estimate> newNormal,
                       Map<String, Estimate> newPriority) {
}
