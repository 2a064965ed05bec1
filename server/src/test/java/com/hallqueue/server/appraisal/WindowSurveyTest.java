package com.hallqueue.server.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.StatsRules;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The 窗口部门服务态度评价表, switched on: forms entered by a manager, results per window and
 * month worked out by hand. A response scores its points over 9 × 35, times 100; the window's
 * month is the average, graded 优秀 ≥ 90, 良好 80–89, 中等 60–79, 不合格 below 60.
 */
class WindowSurveyTest {

    private static final String FORM = "{\"counter\":%d,\"initiative\":%d,\"warmth\":%d,\"patience\":%d,\"response\":%d,"
            + "\"diligence\":%d,\"efficiency\":%d,\"environment\":%d,\"air\":%d,\"noise\":%d}";

    @Test
    void eachWindowsMonthIsTheAverageOfItsFormsGradedByTheFormsBands() {
        try (RunningHall hall = RunningHall.start(withSurvey(Halls.demo()), Clock.systemUTC())) {
            String manager = hall.api.login("9001");
            assertThat(hall.api.post("/api/v1/survey", manager, form(3, 35, 35, 35, 35, 35, 35, 35, 35, 35)).status())
                    .isEqualTo(201);
            hall.api.post("/api/v1/survey", manager, form(3, 35, 30, 20, 35, 35, 30, 20, 35, 35));
            hall.api.post("/api/v1/survey", manager, form(5, 20, 20, 20, 20, 20, 20, 20, 20, 20));
            Reply bad = hall.api.post("/api/v1/survey", manager, form(3, 35, 25, 35, 35, 35, 35, 35, 35, 35));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("detail").asText()).contains("warmth");
            assertThat(hall.api.post("/api/v1/survey", manager, "{\"counter\":3}").status()).isEqualTo(400);
            assertThat(hall.api.post("/api/v1/survey", hall.api.login("1001"), form(3, 35, 35, 35, 35, 35, 35, 35, 35, 35))
                    .status()).isEqualTo(403);

            String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
            String today = java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            JsonNode windows = hall.api.get("/api/v1/survey?from=" + month + "-01&to=" + today, manager).json()
                    .get("windows");
            assertThat(windows).hasSize(2);
            JsonNode three = windows.get(0);
            // forms 315/315 = 100 and 275/315 = 87.30; average 93.65 → 93.7, 优秀
            assertThat(three.get("counter").asInt()).isEqualTo(3);
            assertThat(three.get("month").asText()).isEqualTo(month);
            assertThat(three.get("responses").asInt()).isEqualTo(2);
            assertThat(three.get("average").asDouble()).isEqualTo(93.7);
            assertThat(three.get("grade").asText()).isEqualTo("优秀");
            assertThat(three.get("indicators").get("warmth").asDouble()).isEqualTo(32.5);
            assertThat(three.get("indicators").get("patience").asDouble()).isEqualTo(27.5);
            // 9 × 20 = 180 of 315 = 57.14 → 57.1, 不合格
            assertThat(windows.get(1).get("average").asDouble()).isEqualTo(57.1);
            assertThat(windows.get(1).get("grade").asText()).isEqualTo("不合格");
        }
    }

    @Test
    void aHallThatDidNotSwitchItOnHasNoSurvey() {
        try (RunningHall hall = RunningHall.demo()) {
            assertThat(hall.api.post("/api/v1/survey", hall.api.login("9001"), form(3, 35, 35, 35, 35, 35, 35, 35, 35, 35))
                    .status()).isEqualTo(404);
        }
    }

    @Test
    void theFormsBandsAreItsOwn() {
        assertThat(Survey.grade(90)).isEqualTo("优秀");
        assertThat(Survey.grade(89.9)).isEqualTo("良好");
        assertThat(Survey.grade(80)).isEqualTo("良好");
        assertThat(Survey.grade(79.9)).isEqualTo("中等");
        assertThat(Survey.grade(60)).isEqualTo("中等");
        assertThat(Survey.grade(59.9)).isEqualTo("不合格");
    }

    private static String form(int counter, int... points) {
        Object[] args = new Object[10];
        args[0] = counter;
        for (int i = 0; i < 9; i++) {
            args[i + 1] = points[i];
        }
        return FORM.formatted(args);
    }

    private static HallConfig withSurvey(HallConfig c) {
        StatsRules s = c.stats();
        return new HallConfig(c.hall(), c.services(), c.counters(), c.staff(), c.devices(), c.hours(), c.priority(),
                c.noShow(), new StatsRules(s.waitTarget(), s.serviceLevel(), s.rubric().withSurvey(true),
                        s.followUpWorkingDays()), c.alerts(), c.screens(), c.appointments());
    }
}
