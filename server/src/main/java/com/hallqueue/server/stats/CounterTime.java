package com.hallqueue.server.stats;

import java.util.Map;

/**
 * How a counter's (or staff member's) time went, in seconds: serving (holding a called or
 * served ticket), idle while people waited that it could serve, idle with nobody waiting,
 * paused (with seconds per reason) and closed. Pause and closed count only within the hall's
 * hours outside its breaks: a closed counter at night or over lunch is no fault.
 */
public record CounterTime(long servingSeconds, long idleWhileWaitingSeconds, long idleSeconds, long pausedSeconds,
                          Map<String, Long> pauseReasons, long closedSeconds) {
}
