package com.hallqueue.server.simulate;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.forecast.ForwardForecast;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.TicketIds;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the real queue engine, with the hall's real forecast, through simulated days of a
 * scenario, and reports the waits and how every forecast did. The same seed gives the
 * same days.
 */
public final class HallSimulation {

    /** Simulated days start on a Monday; the date only names the days. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private final Scenario scenario;
    private final long seed;

    public HallSimulation(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
    }

    /** Tickets, mean wait and the share called within {@code targetSeconds}, over the simulated days. */
    public record Summary(long tickets, double meanWaitSeconds, double shareWithinTarget) {
    }

    public Summary summarize(int days, long targetSeconds) {
        return simulate(days).summary(targetSeconds);
    }

    /** The JSON object of the public contract. */
    public Map<String, Object> run(int days) {
        return simulate(days).report(scenario.name() == null ? "" : scenario.name(), days);
    }

    private Outcome simulate(int days) {
        HallConfig config = ScenarioHall.of(scenario);
        VirtualClock clock = new VirtualClock(FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC));
        QueueEngine engine = new QueueEngine(config, clock, TicketIds.seeded(seed), HallRecord.empty(),
                new ForwardForecast(config));
        Chance chance = new Chance(seed);
        Map<String, Citizen> citizens = new HashMap<>();
        Forecasts forecasts = new Forecasts(config, citizens, new Breakdown(scenario));
        for (int d = 0; d < days; d++) {
            new SimDay(scenario, engine, clock, chance, forecasts, FIRST_DAY.plusDays(d), citizens).run();
        }
        return forecasts.outcome();
    }
}
