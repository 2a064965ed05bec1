package com.hallqueue.server.staffing;

import java.util.List;

/**
 * The fewest counters per hour and service that keep the hall's service level by Erlang C,
 * and what a simulation of that plan gave.
 */
public record StaffingPlan(String date, long targetSeconds, double level, List<Hour> hours, Simulated simulated) {

    public record Hour(String hour, int counters, List<ServiceNeed> services) {
    }

    public record ServiceNeed(String service, int arrivals, long meanHandleSeconds, int counters,
                              Double erlangServiceLevel) {
    }

    /** The simulated days of the plan: how many tickets, their mean wait and the share within the target. */
    public record Simulated(int days, long tickets, double meanWaitSeconds, double shareWithinTarget) {
    }
}
