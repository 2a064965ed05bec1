package com.hallqueue.server.config;

/**
 * How the efficiency score is made (服务大厅窗口考核评分细则, as far as the event log can
 * measure it): the weight of each part, the pause a counter may take per staffed day without
 * losing points, and the lowest score of each grade (优秀 / 良好 / 合格; below that 不合格).
 */
public record ScoreRubric(int efficiency, int waiting, int discipline, int satisfaction,
                          long pauseAllowanceSeconds, int excellent, int good, int pass) {

    /** The hall's own weights: reception 40, quality 30, problem handling 20, satisfaction 10. */
    public static ScoreRubric standard() {
        return new ScoreRubric(40, 30, 20, 10, 30 * 60, 90, 70, 50);
    }

    public String grade(int score) {
        if (score >= excellent) {
            return "优秀";
        }
        if (score >= good) {
            return "良好";
        }
        return score >= pass ? "合格" : "不合格";
    }
}
