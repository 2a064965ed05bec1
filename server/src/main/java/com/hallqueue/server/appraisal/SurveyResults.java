package com.hallqueue.server.appraisal;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.store.HallStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 窗口部门服务态度评价表 of a hall that switched it on ({@code appraisal.survey: true}):
 * checks a returned form before the hall's writer keeps it, and gives the results per window
 * and per month. Reads run on a worker.
 */
public final class SurveyResults {

    private final HallConfig config;
    private final HallStore store;

    public SurveyResults(HallConfig config, HallStore store) {
        this.config = config;
        this.store = store;
    }

    /** A window's month: how many forms, the average score, its grade, and each indicator's average points. */
    public record WindowMonth(String month, int counter, int responses, double average, String grade,
                              Map<String, Double> indicators) {
    }

    /** The event detail of one returned form, checked: every indicator given one of the form's levels. */
    public String form(Integer counter, Map<String, Integer> points) {
        if (!config.stats().rubric().survey()) {
            throw Refusal.notFound("本大厅未开启窗口部门服务态度评价表 / This hall does not run the window survey");
        }
        if (counter == null || config.counter(counter).isEmpty()) {
            throw Refusal.badInput("counter", "须为本大厅的窗口号 / must be one of the hall's counters");
        }
        List<Integer> given = new ArrayList<>();
        for (String field : Survey.INDICATORS.keySet()) {
            Integer p = points == null ? null : points.get(field);
            if (p == null || !Survey.LEVELS.contains(p)) {
                throw Refusal.badInput(field, Survey.INDICATORS.get(field) + "须为 5、10、20、30 或 35 分 / must be one of "
                        + Survey.LEVELS);
            }
            given.add(p);
        }
        return Survey.detail(counter, given);
    }

    public List<WindowMonth> between(LocalDate from, LocalDate to) {
        Map<String, List<Survey.Response>> byWindowMonth = new TreeMap<>();
        Instant start = from.atStartOfDay(config.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(config.zone()).toInstant();
        store.events(start, end, e -> {
            if (e.type() == EventType.SURVEY_ANSWERED && e.detail() != null) {
                Survey.parse(e.detail()).ifPresent(r -> byWindowMonth.computeIfAbsent(
                        YearMonth.from(e.at().atZone(config.zone())) + " " + String.format("%03d", r.counter()),
                        k -> new ArrayList<>()).add(r));
            }
        });
        List<WindowMonth> out = new ArrayList<>();
        byWindowMonth.forEach((key, responses) -> out.add(month(key.substring(0, 7), responses)));
        return out;
    }

    private static WindowMonth month(String month, List<Survey.Response> responses) {
        double average = responses.stream().mapToDouble(Survey.Response::score).average().orElse(0);
        Map<String, Double> indicators = new LinkedHashMap<>();
        int i = 0;
        for (String field : Survey.INDICATORS.keySet()) {
            int at = i++;
            indicators.put(field, Math.round(10 * responses.stream().mapToInt(r -> r.points().get(at)).average()
                    .orElse(0)) / 10.0);
        }
        double rounded = Math.round(average * 10) / 10.0;
        return new WindowMonth(month, responses.get(0).counter(), responses.size(), rounded, Survey.grade(rounded),
                indicators);
    }
}
