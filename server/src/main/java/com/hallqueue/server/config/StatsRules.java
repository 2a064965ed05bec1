package com.hallqueue.server.config;

import java.time.Duration;

/**
 * The hall's service target: a citizen should be called within {@code waitTarget}, and at
 * least {@code serviceLevel} of them (e.g. 80% within 15 minutes). {@code rubric} is the hall's
 * 考核评分细则 for appraisal sheets; a 差评 (rating of 1 or 2) opens a follow-up case: a call-back
 * within one working day, put right within {@code followUpWorkingDays} working days (15 is common).
 */
public record StatsRules(Duration waitTarget, double serviceLevel, AppraisalRubric rubric, int followUpWorkingDays) {

    public static final int DEFAULT_FOLLOW_UP_DAYS = 15;

    public StatsRules(Duration waitTarget, double serviceLevel) {
        this(waitTarget, serviceLevel, AppraisalRubric.standard(), DEFAULT_FOLLOW_UP_DAYS);
    }
}
