package com.hallqueue.server.staffing;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.store.HallStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Staffing advice for managers: for each hour of a recorded day, the fewest counters per
 * service that keep P(wait ≤ target) at the hall's service level (Erlang C from the day's
 * arrivals and handle times), confirmed by simulating that plan with the real engine.
 * Blocking: it reads the database and runs a simulation.
 */
public final class StaffingAdvice {

    private static final int MAX_COUNTERS = 50;
    private static final int SIMULATED_DAYS = 10;

    private final HallConfig config;
    private final HallStore store;

    public StaffingAdvice(HallConfig config, HallStore store) {
        this.config = config;
        this.store = store;
    }

    public StaffingPlan plan(LocalDate day) {
        DayDemand demand = new DayDemand(config.zone());
        store.events(day.atStartOfDay(config.zone()).toInstant(), day.plusDays(1).atStartOfDay(config.zone()).toInstant(),
                demand::accept);
        List<StaffingPlan.Hour> hours = new ArrayList<>();
        demand.arrivals.forEach((hour, byService) -> hours.add(hour(hour, byService, demand)));
        long target = config.stats().waitTarget().toSeconds();
        StaffingPlan.Simulated simulated = hours.isEmpty() ? null
                : new PlanCheck(config, demand, hours).simulate(SIMULATED_DAYS);
        return new StaffingPlan(day.toString(), target, config.stats().serviceLevel(), hours, simulated);
    }

    private StaffingPlan.Hour hour(int hour, Map<String, Integer> byService, DayDemand demand) {
        List<StaffingPlan.ServiceNeed> needs = new ArrayList<>();
        int total = 0;
        for (ServiceDef s : config.services()) {
            int arrivals = byService.getOrDefault(s.code(), 0);
            double handle = demand.meanHandle(s.code(), s.handleNorm().toSeconds());
            double load = arrivals * handle / 3600;
            long target = config.stats().waitTarget().toSeconds();
            int counters = ErlangC.countersFor(load, handle, target, config.stats().serviceLevel(), MAX_COUNTERS);
            Double level = counters == 0 ? null : round(ErlangC.serviceLevel(counters, load, handle, target));
            needs.add(new StaffingPlan.ServiceNeed(s.code(), arrivals, Math.round(handle), counters, level));
            total += counters;
        }
        return new StaffingPlan.Hour(String.format("%02d", hour), total, needs);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
