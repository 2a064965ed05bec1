package com.hallqueue.server.appraisal;

import com.hallqueue.server.config.AppraisalRubric;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.Measure;
import com.hallqueue.server.config.RubricItem;
import com.hallqueue.server.followup.FollowUp;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.stats.ScorePart;
import com.hallqueue.server.stats.StatsReport;
import com.hallqueue.server.store.HallStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hall's own appraisal (考核评分细则): each staff member's sheet for a month or quarter,
 * measured items filled in from the records, assessed items from the managers' latest marks.
 * Blocking: reads the database, so it runs on a worker, never on the hall's thread.
 */
public final class Appraisal {

    private final HallConfig config;
    private final HallStore store;
    private final StatsReport stats;
    private final Supplier<List<Appraisee>> staff;

    /** {@code staff}: the hall's STAFF members as they are now, managers' live changes included. */
    public Appraisal(HallConfig config, HallStore store, StatsReport stats, Supplier<List<Appraisee>> staff) {
        this.config = config;
        this.store = store;
        this.stats = stats;
        this.staff = staff;
    }

    public AppraisalRubric rubric() {
        return config.stats().rubric();
    }

    /** The period named in a path; refused as bad input (400, {@code period}) otherwise. */
    public static Period period(String text) {
        return Period.parse(text).orElseThrow(() -> Refusal.badInput("period",
                "考核期须为月份（2026-12）或季度（2026-Q4）/ must be a month (2026-12) or a quarter (2026-Q4)"));
    }

    /** The staff members appraised: everyone with the STAFF role, also those since taken off the hall. */
    public List<Appraisee> appraised() {
        return staff.get();
    }

    /** Every appraised staff member's sheet for {@code period}, as it stands at {@code now}. */
    public List<SheetRow> sheet(Period period, Instant now) {
        return rows(period, appraised(), now);
    }

    public SheetRow row(Period period, String badge, Instant now) {
        return rows(period, List.of(appraisedOne(badge)), now).get(0);
    }

    /** Every mark given on a staff member's sheet for the period, oldest first. */
    public List<Mark> history(Period period, String badge) {
        appraisedOne(badge);
        return store.appraisalMarks(period.label()).stream().filter(m -> m.badge().equals(badge)).toList();
    }

    /** A manager's mark, checked against the rubric: refused before it reaches the hall's writer. */
    public Mark mark(Period period, String badge, String itemId, Integer score, String note, String by, Instant at) {
        appraisedOne(badge);
        RubricItem item = rubric().item(itemId).orElseThrow(() -> Refusal.notFound("没有考核项目 " + itemId
                + " / No rubric item " + itemId));
        if (item.measured()) {
            throw Refusal.badInput("item", item.name() + "由记录计算，不能手工评分 / " + itemId
                    + " is measured from the hall's records, not scored by hand");
        }
        if (score == null || score < 0 || score > item.points()) {
            throw Refusal.badInput("score", "须为 0 至 " + item.points() + " / must be 0 to " + item.points());
        }
        String text = note == null ? null : note.strip();
        if (text != null && text.length() > Mark.MAX_NOTE) {
            throw Refusal.badInput("note", "最多" + Mark.MAX_NOTE + "字 / at most " + Mark.MAX_NOTE + " characters");
        }
        return new Mark(period.label(), badge, itemId, score, text == null || text.isEmpty() ? null : text, by, at);
    }

    /** {@code row} with {@code mark} laid over its item: the total, grade and completeness again. */
    public SheetRow withMark(SheetRow row, Mark mark) {
        Map<String, SheetItem> items = new LinkedHashMap<>(row.items());
        SheetItem old = items.get(mark.item());
        items.put(mark.item(), new SheetItem((double) mark.score(), old.source(), mark.note(), old.points(), null,
                mark.markedBy(), mark.markedAt()));
        double total = Math.round(10 * items.values().stream().mapToDouble(i -> i.score() == null ? 0 : i.score())
                .sum()) / 10.0;
        boolean complete = items.values().stream().allMatch(i -> i.score() != null);
        return new SheetRow(row.badge(), row.name(), items, total, rubric().grade(total), complete);
    }

    private Appraisee appraisedOne(String badge) {
        return appraised().stream().filter(s -> s.badge().equals(badge)).findFirst()
                .orElseThrow(() -> Refusal.notFound("没有工号 " + badge + " / No staff member " + badge));
    }

    private List<SheetRow> rows(Period period, List<Appraisee> staff, Instant now) {
        List<String> badges = staff.stream().map(Appraisee::badge).toList();
        Map<String, List<ScorePart>> measured = stats.measuredByStaff(period.from(), period.to(), badges);
        Map<String, Mark> latest = latestMarks(period);
        Instant from = period.from().atStartOfDay(config.zone()).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(config.zone()).toInstant();
        List<FollowUp> cases = store.followUpsDue(from, to);
        List<Complaint> complaints = store.complaints(from, to);
        List<SheetRow> out = new ArrayList<>();
        for (Appraisee s : staff) {
            CaseHandling handling = CaseHandling.of(s.badge(), cases, complaints, from, to, now);
            out.add(row(s, measured.get(s.badge()), latest, handling));
        }
        return out;
    }

    private Map<String, Mark> latestMarks(Period period) {
        Map<String, Mark> latest = new LinkedHashMap<>();
        store.appraisalMarks(period.label()).forEach(m -> latest.put(m.badge() + "/" + m.item(), m));
        return latest;
    }

    private SheetRow row(Appraisee s, List<ScorePart> measured, Map<String, Mark> latest, CaseHandling handling) {
        Map<String, SheetItem> items = new LinkedHashMap<>();
        double total = 0;
        boolean complete = true;
        for (RubricItem item : rubric().items()) {
            SheetItem entry = item.measured() ? measuredItem(item, measured, handling)
                    : assessedItem(item, latest.get(s.badge() + "/" + item.id()));
            items.put(item.id(), entry);
            total += entry.score() == null ? 0 : entry.score();
            complete &= entry.score() != null;
        }
        double rounded = Math.round(total * 10) / 10.0;
        return new SheetRow(s.badge(), s.name(), items, rounded, rubric().grade(rounded), complete);
    }

    private static SheetItem measuredItem(RubricItem item, List<ScorePart> measured, CaseHandling handling) {
        if (item.measure() == Measure.COMPLAINTS) {
            double points = Math.round(item.points() * handling.share() * 10) / 10.0;
            return new SheetItem(points, item.source(), null, item.points(), handling.how(), null, null);
        }
        ScorePart part = measured.stream().filter(p -> p.part().equals(item.id())).findFirst().orElseThrow();
        return new SheetItem(part.points(), item.source(), null, item.points(), part.how(), null, null);
    }

    private static SheetItem assessedItem(RubricItem item, Mark mark) {
        return mark == null ? new SheetItem(null, item.source(), null, item.points(), null, null, null)
                : new SheetItem((double) mark.score(), item.source(), mark.note(), item.points(), null,
                        mark.markedBy(), mark.markedAt());
    }
}
