package com.hallqueue.server.simulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The waits that happened and how each forecast did against them. */
final class Outcome {

    private final List<Double> waits = new ArrayList<>();
    private final PredictorScore hallqueue = new PredictorScore();
    private final PredictorScore les = new PredictorScore();
    private final PredictorScore ql = new PredictorScore();
    private final PredictorScore naive = new PredictorScore();
    private final Breakdown breakdown;
    private long tickets;

    Outcome(Breakdown breakdown) {
        this.breakdown = breakdown;
    }

    void issued() {
        tickets++;
    }

    void called(Citizen c, double waitSeconds, java.time.Instant calledAt) {
        waits.add(waitSeconds);
        breakdown.add(c, waitSeconds, calledAt);
        hallqueue.add(c.hallqueue(), waitSeconds, c.told().low(), c.told().high());
        les.add(c.les(), waitSeconds);
        ql.add(c.ql(), waitSeconds);
        naive.add(c.naive(), waitSeconds);
    }

    /** The JSON of the public contract. */
    Map<String, Object> report(String scenario, int days) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", scenario);
        out.put("days", days);
        out.put("tickets", tickets);
        out.put("wait", waitSummary());
        Map<String, Object> predictors = new LinkedHashMap<>();
        predictors.put("hallqueue", hallqueue.result());
        predictors.put("les", les.result());
        predictors.put("ql", ql.result());
        predictors.put("naive", naive.result());
        out.put("predictors", predictors);
        out.put("breakdown", breakdown.report());
        return out;
    }

    HallSimulation.Summary summary(long targetSeconds) {
        double mean = waits.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        long within = waits.stream().filter(x -> x <= targetSeconds).count();
        return new HallSimulation.Summary(tickets, Math.round(mean * 10) / 10.0,
                waits.isEmpty() ? 0 : Math.round(1000.0 * within / waits.size()) / 1000.0);
    }

    private Map<String, Object> waitSummary() {
        List<Double> sorted = new ArrayList<>(waits);
        Collections.sort(sorted);
        Map<String, Object> w = new LinkedHashMap<>();
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        w.put("meanSeconds", Math.round(mean * 10) / 10.0);
        w.put("p90Seconds", sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1));
        long within = sorted.stream().filter(x -> x <= 900).count();
        w.put("shareWithin15Minutes", sorted.isEmpty() ? 0 : Math.round(1000.0 * within / sorted.size()) / 1000.0);
        return w;
    }
}
