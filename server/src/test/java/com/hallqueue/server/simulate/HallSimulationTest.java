package com.hallqueue.server.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallqueue.server.http.Json;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator: the contract's output, reproducible by seed, and the hall's forecast against the baselines. */
class HallSimulationTest {

    private static final Path MIXED = Path.of("..", "bench", "scenarios", "ten-counters-mixed-skills.json");
    private static final Path SURGE = Path.of("..", "bench", "scenarios", "morning-surge.json");
    private static final Path CUSTOMS = Path.of("..", "bench", "scenarios", "customs-monday.json");

    @Test
    void theSameSeedGivesTheSameDays() throws Exception {
        Scenario s = new ScenarioReader().read(SURGE);
        assertThat(json(new HallSimulation(s, 42).run(2))).isEqualTo(json(new HallSimulation(s, 42).run(2)));
        assertThat(json(new HallSimulation(s, 43).run(2))).isNotEqualTo(json(new HallSimulation(s, 42).run(2)));
    }

    @Test
    void theReportHasTheFieldsOfTheContract() throws Exception {
        JsonNode r = new ObjectMapper().readTree(json(new HallSimulation(new ScenarioReader().read(SURGE), 1).run(1)));
        assertThat(r.get("scenario").asText()).startsWith("morning surge");
        assertThat(r.get("days").asInt()).isEqualTo(1);
        assertThat(r.get("tickets").asInt()).isPositive();
        assertThat(r.get("wait").get("meanSeconds").isNumber()).isTrue();
        assertThat(r.get("wait").get("p90Seconds").isNumber()).isTrue();
        assertThat(r.get("wait").get("shareWithin15Minutes").asDouble()).isBetween(0.0, 1.0);
        for (String p : new String[] {"hallqueue", "les", "ql", "naive"}) {
            assertThat(r.get("predictors").get(p).get("maeSeconds").isNumber()).as(p).isTrue();
            assertThat(r.get("predictors").get(p).get("within5Minutes").isNumber()).as(p).isTrue();
            assertThat(r.get("predictors").get(p).get("biasSeconds").isNumber()).as(p).isTrue();
        }
    }

    @Test
    void onAMixedSkillDayTheHallsForecastBeatsEveryBaselineByFarAndIsUnbiased() throws Exception {
        JsonNode p = new ObjectMapper().readTree(json(new HallSimulation(new ScenarioReader().read(MIXED), 5).run(4)))
                .get("predictors");
        double ours = p.get("hallqueue").get("maeSeconds").asDouble();
        double bestBaseline = Math.min(p.get("les").get("maeSeconds").asDouble(),
                Math.min(p.get("ql").get("maeSeconds").asDouble(), p.get("naive").get("maeSeconds").asDouble()));
        assertThat(ours).isLessThanOrEqualTo(0.6 * bestBaseline).isLessThanOrEqualTo(210);
        assertThat(p.get("hallqueue").get("within5Minutes").asDouble()).isGreaterThanOrEqualTo(0.75);
        assertThat(Math.abs(p.get("hallqueue").get("biasSeconds").asDouble())).isLessThanOrEqualTo(90);
    }

    @Test
    void onACustomsMondayWithAnOverloadedInspectionLineTheForecastStaysWellAheadAndItsRangeHoldsMostWaits()
            throws Exception {
        JsonNode r = new ObjectMapper().readTree(json(new HallSimulation(new ScenarioReader().read(CUSTOMS), 11).run(3)));
        JsonNode p = r.get("predictors");
        double ours = p.get("hallqueue").get("maeSeconds").asDouble();
        double bestBaseline = Math.min(p.get("les").get("maeSeconds").asDouble(),
                Math.min(p.get("ql").get("maeSeconds").asDouble(), p.get("naive").get("maeSeconds").asDouble()));
        double meanWait = r.get("wait").get("meanSeconds").asDouble();
        assertThat(meanWait).as("a day of long waits").isGreaterThan(30 * 60);
        assertThat(ours).isLessThanOrEqualTo(0.65 * bestBaseline);
        assertThat(Math.abs(p.get("hallqueue").get("biasSeconds").asDouble())).isLessThanOrEqualTo(0.05 * meanWait);
        assertThat(p.get("hallqueue").get("bandCoverage").asDouble()).isGreaterThanOrEqualTo(0.75);
        // on the lines shared by several counters with lunches between them, the baselines are furthest off
        for (String shared : new String[] {"A", "B"}) {
            JsonNode line = r.get("breakdown").get("service").get(shared);
            assertThat(line.get("hallqueue").get("maeSeconds").asDouble()).as(shared)
                    .isLessThan(0.65 * line.get("ql").get("maeSeconds").asDouble());
        }
    }

    @Test
    void theBreakdownSplitsTheSameTicketsEveryWay() throws Exception {
        JsonNode r = new ObjectMapper().readTree(json(new HallSimulation(new ScenarioReader().read(MIXED), 2).run(1)));
        JsonNode breakdown = r.get("breakdown");
        for (String by : new String[] {"service", "ahead", "issuedHour", "lunch", "calledAfterClose"}) {
            long tickets = 0;
            for (JsonNode group : breakdown.get(by)) {
                tickets += group.get("tickets").asLong();
                assertThat(group.get("hallqueue").get("bandCoverage").asDouble()).as(by).isBetween(0.0, 1.0);
            }
            assertThat(tickets).as(by).isEqualTo(calledTickets(r)).isPositive();
        }
        assertThat(breakdown.get("service").has("C")).isTrue();
        assertThat(breakdown.get("lunch").has("issued in the lunch hours")).isTrue();
    }

    /** Every called ticket is in each split once: the service split's total, checked against the ahead split's. */
    private static long calledTickets(JsonNode r) {
        long n = 0;
        for (JsonNode group : r.get("breakdown").get("ahead")) {
            n += group.get("tickets").asLong();
        }
        return n;
    }

    private static String json(Map<String, Object> report) {
        return new String(Json.bytes(report), java.nio.charset.StandardCharsets.UTF_8);
    }
}
