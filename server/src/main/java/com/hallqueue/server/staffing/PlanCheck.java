package com.hallqueue.server.staffing;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.simulate.HallSimulation;
import com.hallqueue.server.simulate.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Erlang C assumes steady hours; real hours are not. This plays the plan through the
 * simulator (the real engine): counters of each service open for the hours the plan gives
 * them, citizens arrive at the recorded hourly rates.
 */
final class PlanCheck {

    private static final double HANDLE_CV = 0.6;

    private final HallConfig config;
    private final DayDemand demand;
    private final List<StaffingPlan.Hour> hours;
    private final int first;
    private final int last;

    PlanCheck(HallConfig config, DayDemand demand, List<StaffingPlan.Hour> hours) {
        this.config = config;
        this.demand = demand;
        this.hours = hours;
        this.first = Integer.parseInt(hours.get(0).hour());
        this.last = Integer.parseInt(hours.get(hours.size() - 1).hour());
    }

    StaffingPlan.Simulated simulate(int days) {
        HallSimulation.Summary s = new HallSimulation(scenario(), 1)
                .summarize(days, config.stats().waitTarget().toSeconds());
        return new StaffingPlan.Simulated(days, s.tickets(), s.meanWaitSeconds(), s.shareWithinTarget());
    }

    private Scenario scenario() {
        List<Scenario.Service> services = new ArrayList<>();
        Map<String, Double> shares = new LinkedHashMap<>();
        for (ServiceDef s : config.services()) {
            double handleMinutes = demand.meanHandle(s.code(), s.handleNorm().toSeconds()) / 60;
            services.add(new Scenario.Service(s.code(), new Scenario.HandleMinutes(handleMinutes, HANDLE_CV)));
            shares.put(s.code(), (double) demand.arrivals.values().stream()
                    .mapToInt(m -> m.getOrDefault(s.code(), 0)).sum());
        }
        List<Double> perMinute = new ArrayList<>();
        for (int h = first; h <= last; h++) {
            perMinute.add(demand.arrivals.getOrDefault(h, Map.of()).values().stream().mapToInt(Integer::intValue).sum() / 60.0);
        }
        return new Scenario("staffing plan", clock(first), clock(last + 1), clock(last + 1), services, counters(),
                new Scenario.Arrivals(60, perMinute, shares), 0.0, 0.0, null);
    }

    /** Counter i of a service works the hours in which the plan gives that service i counters or more. */
    private List<Scenario.Counter> counters() {
        List<Scenario.Counter> out = new ArrayList<>();
        int number = 1;
        for (ServiceDef s : config.services()) {
            for (int i = 1; i <= mostCounters(s.code()); i++) {
                out.add(counter(number++, s.code(), i));
            }
        }
        return out;
    }

    private Scenario.Counter counter(int number, String service, int rank) {
        List<List<String>> off = new ArrayList<>();
        Integer opens = null;
        for (int h = first; h <= last; h++) {
            boolean on = need(h, service) >= rank;
            if (on && opens == null) {
                opens = h;
            } else if (!on && opens != null) {
                off.add(List.of(clock(h), clock(h + 1)));
            }
        }
        return new Scenario.Counter(number, List.of(service), off, clock(opens == null ? last + 1 : opens));
    }

    private int mostCounters(String service) {
        int most = 0;
        for (int h = first; h <= last; h++) {
            most = Math.max(most, need(h, service));
        }
        return most;
    }

    private int need(int hour, String service) {
        String key = String.format("%02d", hour);
        return hours.stream().filter(h -> h.hour().equals(key)).flatMap(h -> h.services().stream())
                .filter(n -> n.service().equals(service)).mapToInt(StaffingPlan.ServiceNeed::counters)
                .findFirst().orElse(0);
    }

    private static String clock(int hour) {
        return hour >= 24 ? "24:00" : String.format("%02d:00", hour);
    }
}
