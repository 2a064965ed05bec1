package com.hallqueue.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code stats.rubric} and {@code stats.followUpWorkingDays}: defaults, a hall's own values, errors naming the field. */
class ScoreRubricConfigTest {

    private static final String HALL = """
            hall: {name: 大厅, timeZone: Asia/Shanghai}
            services: [{code: A, name: 综合业务}]
            counters: [{number: 1, services: [A]}]
            hours: {week: {weekdays: {open: "08:30", close: "17:00"}}, holidays: [2026-10-01]}
            """;

    private final HallConfigLoader loader = new HallConfigLoader();

    @Test
    void withoutTheKeysTheHallsOwnWeightsAndFiveWorkingDays() {
        StatsRules rules = loader.parse(HALL, "t").stats();
        assertThat(rules.rubric()).isEqualTo(new ScoreRubric(40, 30, 20, 10, 1800, 90, 70, 50));
        assertThat(rules.followUpWorkingDays()).isEqualTo(5);
        assertThat(rules.rubric().grade(89)).isEqualTo("良好");
        assertThat(rules.rubric().grade(49)).isEqualTo("不合格");
    }

    @Test
    void aHallSetsItsOwnRubric() {
        StatsRules rules = loader.parse(HALL + """
                stats:
                  followUpWorkingDays: 3
                  rubric: {weights: {satisfaction: 30, discipline: 0}, pauseAllowanceMinutes: 45, grades: {pass: 60}}
                """, "t").stats();
        assertThat(rules.rubric()).isEqualTo(new ScoreRubric(40, 30, 0, 30, 2700, 90, 70, 60));
        assertThat(rules.followUpWorkingDays()).isEqualTo(3);
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        OpeningHours hours = loader.parse(HALL, "t").hours();
        // Tue 29 Sep → Wed 30 (1), Thu 1 Oct holiday, Fri 2 (2), Mon 5 (3)
        assertThat(hours.workingDayAfter(LocalDate.parse("2026-09-29"), 3)).isEqualTo(LocalDate.parse("2026-10-05"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rubric: {weights: {speed: 10}}|stats.rubric.weights.speed",
        "rubric: {weights: {waiting: 120}}|stats.rubric.weights.waiting",
        "rubric: {weights: {efficiency: 0, waiting: 0, discipline: 0, satisfaction: 0}}|stats.rubric.weights",
        "rubric: {grades: {good: 95}}|stats.rubric.grades",
        "rubric: {pauseAllowanceMinutes: -5}|stats.rubric.pauseAllowanceMinutes",
        "followUpWorkingDays: 0|stats.followUpWorkingDays",
    })
    void aBadKeyIsNamed(String stats, String field) {
        assertThatThrownBy(() -> loader.parse(HALL + "stats: {" + stats + "}\n", "t"))
                .isInstanceOf(ConfigException.class).hasMessageContaining(field);
    }
}
