package com.hallqueue.server.stats;

/**
 * One line of the report, for a counter, service, staff member or hour. Times in seconds;
 * {@code satisfaction} is the share of ratings of 4 or 5 (null without ratings).
 */
public record StatsRow(String key, int issued, int served, int noShow, Long avgWaitSeconds, Long p90WaitSeconds,
                       Long avgHandleSeconds, Double satisfaction, Integer score, String grade) {
}
