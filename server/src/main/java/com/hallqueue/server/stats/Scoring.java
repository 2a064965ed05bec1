package com.hallqueue.server.stats;

/**
 * The first cut of the efficiency score, 0–100, from what the event log measures, with the
 * hall's weights: waiting within target 40, handle time against the norm 30, calls served
 * rather than missed 20, satisfaction 10. A part with no data leaves the score and the
 * others are weighed up to 100. Grades at 90 / 70 / 50 (优秀 / 良好 / 合格 / 不合格).
 */
final class Scoring {

    private final long waitTargetSeconds;

    Scoring(long waitTargetSeconds) {
        this.waitTargetSeconds = waitTargetSeconds;
    }

    Integer score(Tally t) {
        double weighted = 0;
        double weights = 0;
        if (!t.waits.isEmpty()) {
            weighted += 40.0 * t.waitsWithin(waitTargetSeconds) / t.waits.size();
            weights += 40;
        }
        if (t.handleSeconds() > 0) {
            weighted += 30.0 * Math.min(1.0, (double) t.normSeconds / t.handleSeconds());
            weights += 30;
        }
        if (t.served + t.noShow > 0) {
            weighted += 20.0 * t.served / (t.served + t.noShow);
            weights += 20;
        }
        if (t.ratings > 0) {
            weighted += 10.0 * t.satisfaction();
            weights += 10;
        }
        return weights == 0 ? null : (int) Math.round(100 * weighted / weights);
    }

    static String grade(Integer score) {
        if (score == null) {
            return null;
        }
        if (score >= 90) {
            return "优秀";
        }
        if (score >= 70) {
            return "良好";
        }
        return score >= 50 ? "合格" : "不合格";
    }
}
