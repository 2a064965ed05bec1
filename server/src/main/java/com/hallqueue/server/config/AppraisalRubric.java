package com.hallqueue.server.config;

import java.util.List;
import java.util.Optional;

/**
 * The hall's own 考核评分细则: parts, items with points, each measured or assessed, and the
 * grades by their lower bounds, highest first. A hall's config may replace it whole. {@code
 * survey}: whether the hall runs the departments' 窗口部门服务态度评价表 questionnaire.
 */
public record AppraisalRubric(List<RubricPart> parts, List<Grade> grades, boolean survey) {

    public AppraisalRubric {
        parts = List.copyOf(parts);
        grades = List.copyOf(grades);
    }

    public AppraisalRubric(List<RubricPart> parts, List<Grade> grades) {
        this(parts, grades, false);
    }

    public AppraisalRubric withSurvey(boolean on) {
        return new AppraisalRubric(parts, grades, on);
    }

    /** The service-hall window rubric (服务大厅窗口考核评分细则), as the hall's standards write it. */
    public static AppraisalRubric standard() {
        return new AppraisalRubric(List.of(
                new RubricPart("接待态度", 40, List.of(assessed("professional", "专业素质", 10),
                        assessed("speech", "语言表达", 10), measured("efficiency", "处事效率", 10, Measure.EFFICIENCY),
                        assessed("solving", "解决问题能力", 10))),
                new RubricPart("服务质量", 30, List.of(assessed("conduct", "服务规范", 10),
                        assessed("knowledge", "知识储备", 10), assessed("needs", "客户需求", 10))),
                new RubricPart("问题处理", 20, List.of(measured("complaints", "投诉处理", 10, Measure.COMPLAINTS),
                        assessed("emergency", "紧急情况", 10))),
                new RubricPart("客户满意度", 10, List.of(measured("survey", "反馈调查", 5, Measure.FEEDBACK),
                        measured("ratings", "客户评价", 5, Measure.RATINGS)))),
                standardGrades(90, 70, 50));
    }

    /** 优秀, 良好, 合格 from the given totals; 不合格 below. */
    public static List<Grade> standardGrades(int excellent, int good, int pass) {
        return List.of(new Grade("优秀", excellent), new Grade("良好", good), new Grade("合格", pass),
                new Grade("不合格", 0));
    }

    public AppraisalRubric withGrades(List<Grade> other) {
        return new AppraisalRubric(parts, other, survey);
    }

    public List<RubricItem> items() {
        return parts.stream().flatMap(p -> p.items().stream()).toList();
    }

    public Optional<RubricItem> item(String id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The grade of a total: the first whose lower bound it reaches (grades fall). */
    public String grade(double total) {
        for (Grade g : grades) {
            if (total >= g.from()) {
                return g.name();
            }
        }
        return grades.get(grades.size() - 1).name();
    }

    private static RubricItem assessed(String id, String name, int points) {
        return new RubricItem(id, name, points, null);
    }

    private static RubricItem measured(String id, String name, int points, Measure measure) {
        return new RubricItem(id, name, points, measure);
    }
}
