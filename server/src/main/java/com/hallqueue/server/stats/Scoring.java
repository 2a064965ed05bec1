package com.hallqueue.server.stats;

import com.hallqueue.server.config.ScoreRubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The efficiency score, 0–100, from what the event log measures, by the hall's rubric:
 * efficiency (handle time against the service's norm; busy while people waited), waiting
 * (share called within target), discipline (pause beyond the allowance and idle time while
 * people waited; calls served rather than missed) and satisfaction (share of ratings of 4 or
 * 5). A part with nothing to measure leaves the score and the others are weighed up to 100.
 */
final class Scoring {

    private final ScoreRubric rubric;
    private final long waitTargetSeconds;

    Scoring(ScoreRubric rubric, long waitTargetSeconds) {
        this.rubric = rubric;
        this.waitTargetSeconds = waitTargetSeconds;
    }

    List<ScorePart> parts(Tally t) {
        List<ScorePart> parts = new ArrayList<>();
        parts.add(part("efficiency", "效率 efficiency", rubric.efficiency(), efficiency(t)));
        parts.add(part("waiting", "等候 waiting", rubric.waiting(), waiting(t)));
        parts.add(part("discipline", "纪律 discipline", rubric.discipline(), discipline(t)));
        parts.add(part("satisfaction", "满意 satisfaction", rubric.satisfaction(), satisfaction(t)));
        return parts;
    }

    Integer score(List<ScorePart> parts) {
        double points = 0;
        double weights = 0;
        for (ScorePart p : parts) {
            if (p.measure() != null) {
                points += p.weight() * p.measure();
                weights += p.weight();
            }
        }
        return weights == 0 ? null : (int) Math.round(100 * points / weights);
    }

    String grade(Integer score) {
        return score == null ? null : rubric.grade(score);
    }

    private static ScorePart part(String id, String name, int weight, Measure m) {
        Double points = m.value == null ? null : Math.round(weight * m.value * 10) / 10.0;
        return new ScorePart(id, name, weight, m.value, points, m.how);
    }

    private Measure efficiency(Tally t) {
        Measure norm = t.handleSeconds() == 0 ? Measure.NONE
                : new Measure(Math.min(1.0, (double) t.normSeconds / t.handleSeconds()),
                        "办理定额 " + t.normSeconds + " 秒 / 实际 " + t.handleSeconds() + " 秒");
        long waitedOn = t.serving + t.idleWhileWaiting;
        Measure busy = waitedOn == 0 ? Measure.NONE
                : new Measure((double) t.serving / waitedOn,
                        "有人等候时办理 " + t.serving + " 秒 / 共 " + waitedOn + " 秒");
        return Measure.mean(norm, busy);
    }

    private Measure waiting(Tally t) {
        return t.waits.isEmpty() ? Measure.NONE : new Measure((double) t.waitsWithin(waitTargetSeconds) / t.waits.size(),
                t.waitsWithin(waitTargetSeconds) + " / " + t.waits.size() + " 人在 " + waitTargetSeconds / 60
                        + " 分钟内叫号");
    }

    private Measure discipline(Tally t) {
        long allowance = rubric.pauseAllowanceSeconds() * t.staffedDays.size();
        long overPause = Math.max(0, t.paused - allowance);
        Measure time = t.staffedSeconds() == 0 ? Measure.NONE
                : new Measure(1 - Math.min(1.0, (double) (overPause + t.idleWhileWaiting) / t.staffedSeconds()),
                        "超额暂停 " + overPause + " 秒 + 有人等候时空闲 " + t.idleWhileWaiting + " 秒 / 在岗 "
                                + t.staffedSeconds() + " 秒");
        int calls = t.served + t.noShow;
        Measure shows = calls == 0 ? Measure.NONE
                : new Measure((double) t.served / calls, "办结 " + t.served + " / 叫号 " + calls);
        return Measure.mean(time, shows);
    }

    private Measure satisfaction(Tally t) {
        return t.ratings == 0 ? Measure.NONE : new Measure(t.satisfaction(),
                t.goodRatings + " / " + t.ratings + " 个评价为满意或非常满意");
    }

    /** A measured share with the words that explain it; {@link #NONE} when nothing was measured. */
    private record Measure(Double value, String how) {
        static final Measure NONE = new Measure(null, "无数据，不计分 / no data");

        static Measure mean(Measure a, Measure b) {
            if (a.value == null || b.value == null) {
                return a.value == null ? b : a;
            }
            return new Measure((a.value + b.value) / 2, a.how + "；" + b.how + "（两项平均 "
                    + String.format(Locale.ROOT, "%.1f%%", 50 * (a.value + b.value)) + "）");
        }
    }
}
