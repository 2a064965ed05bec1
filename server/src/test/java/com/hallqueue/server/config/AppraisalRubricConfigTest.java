package com.hallqueue.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code appraisal} (the hall's rubric), the old {@code stats.rubric} still loading, and
 * {@code stats.followUpWorkingDays}: defaults, a hall's own values, errors naming the field.
 */
class AppraisalRubricConfigTest {

    private static final String HALL = """
            hall: {name: 大厅, timeZone: Asia/Shanghai}
            services: [{code: A, name: 综合业务}]
            counters: [{number: 1, services: [A]}]
            hours: {week: {weekdays: {open: "08:30", close: "17:00"}}, holidays: [2026-10-01]}
            """;
    private static final String TWO_PARTS = """
            appraisal:
              parts:
                - name: 服务
                  points: 60
                  items:
                    - {id: manner, name: 服务态度, points: 40}
                    - {id: speed, name: 处事效率, points: 20, measure: efficiency}
                - name: 评价
                  points: 40
                  items: [{id: ratings, name: 客户评价, points: 40, measure: ratings}]
            """;

    private final HallConfigLoader loader = new HallConfigLoader();

    @Test
    void withoutTheKeysTheServiceHallRubricAndFifteenWorkingDays() {
        StatsRules rules = loader.parse(HALL, "t").stats();
        AppraisalRubric rubric = rules.rubric();
        assertThat(rubric.parts()).extracting(RubricPart::name, RubricPart::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple("接待态度", 40), org.assertj.core.groups.Tuple.tuple("服务质量", 30),
                org.assertj.core.groups.Tuple.tuple("问题处理", 20), org.assertj.core.groups.Tuple.tuple("客户满意度", 10));
        assertThat(rubric.items()).extracting(RubricItem::name).containsExactly("专业素质", "语言表达", "处事效率",
                "解决问题能力", "服务规范", "知识储备", "客户需求", "投诉处理", "紧急情况", "反馈调查", "客户评价");
        assertThat(rubric.items().stream().filter(RubricItem::measured).map(RubricItem::id))
                .containsExactly("efficiency", "complaints", "survey", "ratings");
        assertThat(rubric.grades()).containsExactly(new Grade("优秀", 90), new Grade("良好", 70), new Grade("合格", 50),
                new Grade("不合格", 0));
        assertThat(rubric.grade(89.9)).isEqualTo("良好");
        assertThat(rubric.grade(49)).isEqualTo("不合格");
        assertThat(rules.followUpWorkingDays()).isEqualTo(15);
    }

    @Test
    void aHallWritesItsOwnRubric() {
        AppraisalRubric rubric = loader.parse(HALL + TWO_PARTS + """
                  grades: [{name: 好, from: 80}, {name: 差, from: 0}]
                  survey: true
                """, "t").stats().rubric();
        assertThat(rubric.survey()).isTrue();
        assertThat(AppraisalRubric.standard().survey()).isFalse();
        assertThat(rubric.items()).containsExactly(new RubricItem("manner", "服务态度", 40, null),
                new RubricItem("speed", "处事效率", 20, Measure.EFFICIENCY),
                new RubricItem("ratings", "客户评价", 40, Measure.RATINGS));
        assertThat(rubric.grades()).containsExactly(new Grade("好", 80), new Grade("差", 0));
    }

    @Test
    void theExampleFileWritesOutTheStandardRubric() {
        AppraisalRubric example = loader.load(java.nio.file.Path.of("..", "config", "example-hall.yaml")).stats().rubric();
        assertThat(example).isEqualTo(AppraisalRubric.standard());
    }

    @Test
    void anOldFilesGradeLimitsStillCountAndItsWeightsAreLeftAside() {
        StatsRules rules = loader.parse(HALL + """
                stats:
                  followUpWorkingDays: 3
                  rubric: {weights: {satisfaction: 30, discipline: 0}, pauseAllowanceMinutes: 45, grades: {pass: 60}}
                """, "t").stats();
        assertThat(rules.rubric().items()).hasSize(11);
        assertThat(rules.rubric().grades()).containsExactly(new Grade("优秀", 90), new Grade("良好", 70),
                new Grade("合格", 60), new Grade("不合格", 0));
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
        "stats: {rubric: {grades: {good: 95}}}|stats.rubric.grades",
        "stats: {rubric: {grades: {fine: 95}}}|stats.rubric.grades.fine",
        "stats: {followUpWorkingDays: 0}|stats.followUpWorkingDays",
        "appraisal: {parts: [{name: 甲, points: 100, items: [{id: a, name: 乙, points: 90}]}]}|appraisal.parts[0].items",
        "appraisal: {parts: [{name: 甲, points: 90, items: [{id: a, name: 乙, points: 90}]}]}|appraisal.parts",
        "appraisal: {parts: [{name: 甲, points: 100, items: [{id: a, name: 乙, points: 100, measure: luck}]}]}"
                + "|appraisal.parts[0].items[0].measure",
        "appraisal: {parts: [{name: 甲, points: 100, items: [{id: a, name: 乙, points: 50}, {id: a, name: 丙,"
                + " points: 50}]}]}|appraisal.parts[0].items[1].id",
        "appraisal: {grades: [{name: 好, from: 60}, {name: 优, from: 90}, {name: 差, from: 0}]}|appraisal.grades[1].from",
        "appraisal: {grades: [{name: 好, from: 60}]}|appraisal.grades",
    })
    void aBadKeyIsNamed(String yaml, String field) {
        assertThatThrownBy(() -> loader.parse(HALL + yaml + "\n", "t"))
                .isInstanceOf(ConfigException.class).hasMessageContaining(field);
    }

    @Test
    void everyMeasuredItemStatesItsMethod() {
        List<RubricItem> items = AppraisalRubric.standard().items();
        assertThat(items).allSatisfy(i -> assertThat(i.method()).isNotBlank());
        assertThat(items.stream().filter(i -> i.id().equals("ratings")).findFirst().orElseThrow().method())
                .contains("3").contains("5");
    }
}
