package com.hallqueue.server.stats;

import com.hallqueue.server.config.AppraisalRubric;
import com.hallqueue.server.config.Measure;
import com.hallqueue.server.config.RubricItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rubric's items that the visits and ratings of a report row measure (处事效率, 反馈调查,
 * 客户评价), each as a {@link ScorePart}: the share of the item earned (0 to 1), its points and
 * how. 投诉处理 needs the case and complaint records and is measured on the appraisal sheet. The
 * row's {@code score} is these items scaled to 100.
 */
final class MeasuredItems {

    private final AppraisalRubric rubric;

    MeasuredItems(AppraisalRubric rubric) {
        this.rubric = rubric;
    }

    List<ScorePart> parts(Tally t) {
        List<ScorePart> out = new ArrayList<>();
        for (RubricItem item : rubric.items()) {
            Share s = item.measured() ? share(item.measure(), t) : null;
            if (s != null) {
                out.add(new ScorePart(item.id(), item.name(), item.points(), s.value,
                        Math.round(item.points() * s.value * 10) / 10.0, s.how));
            }
        }
        return out;
    }

    /** The measured items scaled to 100; null for a row with nothing served and nothing rated. */
    Integer score(Tally t, List<ScorePart> parts) {
        int weights = parts.stream().mapToInt(ScorePart::weight).sum();
        if (weights == 0 || (t.served == 0 && t.ratings == 0)) {
            return null;
        }
        double points = parts.stream().mapToDouble(p -> p.weight() * p.measure()).sum();
        return (int) Math.round(100 * points / weights);
    }

    String grade(Integer score) {
        return score == null ? null : rubric.grade(score);
    }

    /**
     * 一趟办好: of the matters this row closed (DONE or REFUSED), the share closed at the first
     * visit. Someone who served citizens but closed none (every visit a 告知单) scores 0 here,
     * not nothing: sending everyone home is the opposite of 一趟办好.
     */
    static Double oneVisitShare(Tally t) {
        Double share = t.oneVisitShare();
        return share != null ? share : t.served == 0 ? null : 0.0;
    }

    private static Share share(Measure m, Tally t) {
        return switch (m) {
            case EFFICIENCY -> efficiency(t);
            case RATINGS -> ratings(t);
            case FEEDBACK -> feedback(t);
            case COMPLAINTS -> null;
        };
    }

    private static Share efficiency(Tally t) {
        Double oneVisit = oneVisitShare(t);
        if (oneVisit == null) {
            return new Share(0.0, "无办结业务 / nothing finished");
        }
        long handled = t.handleSeconds();
        double speed = handled == 0 ? 1.0 : Math.min(1.0, (double) t.normSeconds / handled);
        return new Share((speed + oneVisit) / 2, "办理定额 " + t.normSeconds + " 秒 / 实际 " + handled + " 秒 = "
                + percent(speed) + "；一次办结率 " + percent(oneVisit) + " / norm ÷ handle time, one-visit share");
    }

    /** Shrunk toward 基本满意: few ratings move the average little, none leave it in the middle. */
    private static Share ratings(Tally t) {
        double average = (t.ratingSum + Measure.PRIOR_LEVEL * Measure.PRIOR_RATINGS) / (t.ratings + Measure.PRIOR_RATINGS);
        return new Share((average - 1) / 4, "(评价总分 " + t.ratingSum + " + 3×" + Measure.PRIOR_RATINGS + ") / ("
                + t.ratings + " + " + Measure.PRIOR_RATINGS + ") = " + String.format(Locale.ROOT, "%.2f", average)
                + " 分 / shrunk average level");
    }

    private static Share feedback(Tally t) {
        if (t.served == 0) {
            return new Share(0.0, "无办结业务 / nothing finished");
        }
        return new Share(Math.min(1.0, (double) t.ratings / t.served),
                t.ratings + " 个评价 / 办结 " + t.served + " 人 / rated of served");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private record Share(double value, String how) {
    }
}
