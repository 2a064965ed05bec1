package com.hallqueue.server.calendar;

import java.time.LocalDate;

/** A date the hall's week does not decide, with its name (国庆节, 春节调休); name may be null. */
public record HallDay(LocalDate date, DayKind kind, String name) {
}
