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

    private static String json(Map<String, Object> report) {
        return new String(Json.bytes(report), java.nio.charset.StandardCharsets.UTF_8);
    }
}
