package com.hallqueue.server.config;

import java.util.Map;
import java.util.Set;

/** {@code stats.rubric}: the score's weights, the pause allowance and the grade limits, checked. */
final class RubricReader {

    private static final Set<String> PARTS = Set.of("efficiency", "waiting", "discipline", "satisfaction");
    private static final Set<String> GRADES = Set.of("excellent", "good", "pass");

    private RubricReader() {
    }

    static ScoreRubric read(ConfigFile.Rubric r) {
        ScoreRubric d = ScoreRubric.standard();
        if (r == null) {
            return d;
        }
        Map<String, Integer> w = known(r.weights(), PARTS, "stats.rubric.weights");
        Map<String, Integer> g = known(r.grades(), GRADES, "stats.rubric.grades");
        double pause = r.pauseAllowanceMinutes() == null ? d.pauseAllowanceSeconds() / 60.0 : r.pauseAllowanceMinutes();
        if (!(pause >= 0)) {
            throw new ConfigException("stats.rubric.pauseAllowanceMinutes", "must be 0 or more, got " + pause);
        }
        ScoreRubric out = new ScoreRubric(w.getOrDefault("efficiency", d.efficiency()),
                w.getOrDefault("waiting", d.waiting()), w.getOrDefault("discipline", d.discipline()),
                w.getOrDefault("satisfaction", d.satisfaction()), Math.round(pause * 60),
                g.getOrDefault("excellent", d.excellent()), g.getOrDefault("good", d.good()),
                g.getOrDefault("pass", d.pass()));
        check(out);
        return out;
    }

    private static Map<String, Integer> known(Map<String, Integer> given, Set<String> names, String field) {
        if (given == null) {
            return Map.of();
        }
        given.forEach((name, value) -> {
            if (!names.contains(name)) {
                throw new ConfigException(field + "." + name, "unknown; expected one of " + names);
            }
            if (value == null || value < 0 || value > 100) {
                throw new ConfigException(field + "." + name, "must be 0 to 100, got " + value);
            }
        });
        return given;
    }

    private static void check(ScoreRubric r) {
        if (r.efficiency() + r.waiting() + r.discipline() + r.satisfaction() == 0) {
            throw new ConfigException("stats.rubric.weights", "must not all be 0");
        }
        if (!(r.excellent() > r.good() && r.good() > r.pass())) {
            throw new ConfigException("stats.rubric.grades", "must fall: excellent > good > pass");
        }
    }
}
