package com.hallqueue.server.calendar;

/** What a date of the calendar is: a holiday, a 调休 working day, or an ordinary day after all. */
public enum DayKind { HOLIDAY, WORKDAY, ORDINARY }
