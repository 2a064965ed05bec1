package com.hallqueue.server.config;

import java.time.Duration;

/**
 * The hall's service target: a citizen should be called within {@code waitTarget}, and at
 * least {@code serviceLevel} of them (e.g. 80% within 15 minutes). {@code rubric} makes the
 * efficiency score; a rating of 1 or 2 opens a follow-up case due {@code followUpWorkingDays}
 * working days later.
 */
public record StatsRules(Duration waitTarget, double serviceLevel, ScoreRubric rubric, int followUpWorkingDays) {

    public static final int DEFAULT_FOLLOW_UP_DAYS = 5;

    public StatsRules(Duration waitTarget, double serviceLevel) {
        this(waitTarget, serviceLevel, ScoreRubric.standard(), DEFAULT_FOLLOW_UP_DAYS);
    }
}
