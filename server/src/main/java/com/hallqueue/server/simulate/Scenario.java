package com.hallqueue.server.simulate;

import java.util.List;
import java.util.Map;

/** A simulated hall and its citizens, as in the scenario format of the public contract. */
public record Scenario(
        String name,
        String open,
        String lastTicket,
        String close,
        List<Service> services,
        List<Counter> counters,
        Arrivals arrivals,
        Double priorityShare,
        Double noShowShare,
        Double patienceMinutes) {

    public record Service(String code, HandleMinutes handleMinutes) {
    }

    /** Lognormal handle times with this mean and coefficient of variation. */
    public record HandleMinutes(double mean, double cv) {
    }

    public record Counter(int number, List<String> services, List<List<String>> breaks, String opens) {
    }

    /** Arrivals per minute for each slot from opening; past the list the last rate holds. */
    public record Arrivals(int slotMinutes, List<Double> perMinute, Map<String, Double> serviceShare) {

        double rateAt(int minutesFromOpen) {
            int slot = Math.min(minutesFromOpen / slotMinutes, perMinute.size() - 1);
            return perMinute.get(slot);
        }
    }
}
