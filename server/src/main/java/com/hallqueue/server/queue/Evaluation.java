package com.hallqueue.server.queue;

/**
 * A citizen's evaluation as the national 好差评 system has it: the overall level (非常满意 5,
 * 满意 4, 基本满意 3, 不满意 2, 非常不满意 1; only 1 and 2 are 差评), and, beside it, the offline
 * evaluation's second-level indicators 服务效率 ({@code efficiency}), 服务水平 ({@code level}) and
 * 服务态度 ({@code attitude}), each 1 to 5 or left out, and a written opinion (征求意见).
 */
public record Evaluation(int score, Integer efficiency, Integer level, Integer attitude, String opinion) {

    /** The opinion shares the rating event's detail (200 characters) with the levels. */
    public static final int MAX_OPINION = 150;

    public static Evaluation overall(int score) {
        return new Evaluation(score, null, null, null, null);
    }

    /** Checked before it reaches the hall: levels 1 to 5, opinion without line breaks and not too long. */
    public Evaluation checked() {
        level(score, "score");
        if (efficiency != null) {
            level(efficiency, "efficiency");
        }
        if (level != null) {
            level(level, "level");
        }
        if (attitude != null) {
            level(attitude, "attitude");
        }
        String text = opinion == null ? null : opinion.strip().replaceAll("\\s+", " ");
        if (text != null && text.length() > MAX_OPINION) {
            throw Refusal.badInput("opinion", "意见最多" + MAX_OPINION + "字 / at most " + MAX_OPINION + " characters");
        }
        return new Evaluation(score, efficiency, level, attitude, text == null || text.isEmpty() ? null : text);
    }

    public boolean isBad() {
        return score <= com.hallqueue.server.followup.FollowUp.OPENS_AT_OR_BELOW;
    }

    boolean hasIndicators() {
        return efficiency != null || level != null || attitude != null || opinion != null;
    }

    private static void level(int n, String field) {
        if (n < 1 || n > 5) {
            throw Refusal.badInput(field, "评价须为1到5 / must be 1 to 5");
        }
    }
}
