package com.hallqueue.server.config;

import java.time.LocalDate;
import java.util.Set;

/**
 * The dates the hall's week does not decide: public holidays, and the weekend days worked in
 * their place (调休上班). The hall's file lists some; the live calendar managers edit is the
 * one the running hall asks.
 */
public interface SpecialDays {

    boolean isHoliday(LocalDate day);

    boolean isWorkday(LocalDate day);

    /** The days as the hall's file lists them. */
    static SpecialDays of(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        return new SpecialDays() {
            @Override
            public boolean isHoliday(LocalDate day) {
                return holidays.contains(day);
            }

            @Override
            public boolean isWorkday(LocalDate day) {
                return workdays.contains(day);
            }
        };
    }
}
