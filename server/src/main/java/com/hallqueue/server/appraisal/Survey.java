package com.hallqueue.server.appraisal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The departments' periodic survey, 窗口部门服务态度评价表, as a hall may run it beside the
 * appraisal: nine indicators in three groups (服务态度: 服务主动性, 服务热情, 服务耐心; 服务质量:
 * 应对能力, 尽责程度, 服务效率; 工作环境: 服务环境, 空气, 噪音), each given one of the form's five
 * levels 5, 10, 20, 30 or 35 points. The form's total is out of 100, so a response scores its
 * points over the most it could have had (9 × 35), times 100; a window's month is the average
 * of its responses, graded by the form's own bands: 优秀 90–100, 良好 80–89, 中等 60–79,
 * 不合格 below 60.
 */
public final class Survey {

    /** The indicators, by field, with their names on the form. */
    public static final Map<String, String> INDICATORS = indicators();
    public static final List<Integer> LEVELS = List.of(5, 10, 20, 30, 35);
    private static final int MOST = 35;

    private Survey() {
    }

    private static Map<String, String> indicators() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("initiative", "服务主动性");
        m.put("warmth", "服务热情");
        m.put("patience", "服务耐心");
        m.put("response", "应对能力");
        m.put("diligence", "尽责程度");
        m.put("efficiency", "服务效率");
        m.put("environment", "服务环境");
        m.put("air", "空气");
        m.put("noise", "噪音");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** One returned form's points, in the indicators' order, as the event keeps it: "3 35,30,…". */
    static String detail(int counter, List<Integer> points) {
        return counter + " " + String.join(",", points.stream().map(String::valueOf).toList());
    }

    /** The counter and points a survey event's detail holds; empty for a detail that is not one. */
    static Optional<Response> parse(String detail) {
        try {
            String[] parts = detail.split(" ", 2);
            List<Integer> points = java.util.Arrays.stream(parts[1].split(",")).map(Integer::valueOf).toList();
            return points.size() == INDICATORS.size() ? Optional.of(new Response(Integer.parseInt(parts[0]), points))
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One response: the window and the points of each indicator. */
    record Response(int counter, List<Integer> points) {
        double score() {
            return 100.0 * points.stream().mapToInt(Integer::intValue).sum() / (MOST * points.size());
        }
    }

    public static String grade(double average) {
        if (average >= 90) {
            return "优秀";
        }
        if (average >= 80) {
            return "良好";
        }
        return average >= 60 ? "中等" : "不合格";
    }

    static String round(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }
}
