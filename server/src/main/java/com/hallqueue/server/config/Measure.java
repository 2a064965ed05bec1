package com.hallqueue.server.config;

import java.util.Locale;
import java.util.Optional;

/**
 * How a rubric item is measured from the hall's records; an item without one is assessed by
 * a manager. The method is stated with the item (the rubric's answer, the sheet), so staff
 * can see how their points were made.
 */
public enum Measure {
    /** Speed alone does not win: half is handle time against the norm, half the one-visit share. */
    EFFICIENCY("处事效率：一半按办理定额÷实际办理时长（最多1），一半按一次办结率（一趟办好）；无办结业务得0分"
            + " / Half handle-time norm ÷ actual handle time (at most 1), half the share of matters closed at the"
            + " first visit; nothing finished scores 0"),
    /** Few ratings count toward the middle instead of being dropped, so not asking does not pay. */
    RATINGS("客户评价：评价均分向“基本满意”(3分)收缩，相当于另加" + Measure.PRIOR_RATINGS + "个3分评价，"
            + "再按1分=0、5分=满分折算；无评价得一半 / Average rating shrunk toward 基本满意 (3) as if "
            + Measure.PRIOR_RATINGS + " more ratings of 3 were given, then 1 = 0 and 5 = full points; no ratings"
            + " give half"),
    FEEDBACK("反馈调查：办结的群众中作出评价的比例（一次一评）；无办结业务得0分 / Share of the citizens served"
            + " who were asked for and gave an evaluation; nothing finished scores 0"),
    COMPLAINTS("投诉处理：期内到期的投诉和差评整改中按时办结的比例；没有则得满分 / Share of complaints and"
            + " bad-rating cases due in the period that were closed in time; none gives full points");

    /** The prior of {@link #RATINGS}: the middle level, given the weight of this many ratings. */
    public static final int PRIOR_RATINGS = 5;
    public static final double PRIOR_LEVEL = 3.0;

    private final String method;

    Measure(String method) {
        this.method = method;
    }

    public String method() {
        return method;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Measure> parse(String text) {
        for (Measure m : values()) {
            if (m.wireName().equals(text)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
