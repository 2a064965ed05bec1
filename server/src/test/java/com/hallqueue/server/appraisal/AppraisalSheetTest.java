package com.hallqueue.server.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.config.PasswordHash;
import com.hallqueue.server.config.StaffDef;
import com.hallqueue.server.followup.FollowUp;
import com.hallqueue.server.queue.Evaluation;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.RatingChannel;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.stats.By;
import com.hallqueue.server.stats.StatsReport;
import com.hallqueue.server.stats.StatsRow;
import com.hallqueue.server.store.HallStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A December sheet worked out by hand. The hall is open on weekdays 08:30–17:30; service A has
 * a 5-minute norm (300 s). On Tue 2026-12-01 王芳 (1001) at counter 1:
 *
 * <pre>
 * 09:00 A001 and 09:01 A002 issued
 * 09:05 calls A001, 09:06 starts, 09:16 finishes        handle 600 s
 * 09:16 calls A002, 09:16 starts, 09:21 finishes        handle 300 s
 * 09:30 A001 rated 5 (非常满意); 09:31 A002 rated 3 (基本满意: not a 差评, no case)
 * 10:00 complaint about 1001 due Thu 12-03, closed Thu 12-03 16:00: in time
 * 10:05 complaint about 1001 due Fri 12-04, closed Mon 12-07 09:00: late
 * sheet read Tue 12-08 12:00; 李强 (1002) did nothing all month
 * </pre>
 */
class AppraisalSheetTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final Period DECEMBER = Period.parse("2026-12").orElseThrow();

    private final HallConfig config = new HallConfigLoader().parse("""
            hall: {name: 测试大厅, timeZone: Asia/Shanghai, complaintPhone: "12345"}
            services:
              - {code: A, name: 综合业务, handleMinutes: 5}
            counters:
              - {number: 1, services: [A]}
            hours:
              week:
                weekdays: {open: "08:30", lastTicket: "17:00", close: "17:30"}
            staff:
              - {badge: "1001", name: 王芳, passwordHash: "%1$s"}
              - {badge: "1002", name: 李强, passwordHash: "%1$s"}
              - {badge: "9001", name: 赵敏, role: MANAGER, passwordHash: "%1$s"}
            """.formatted(PasswordHash.create("demo".toCharArray(), 1000)), "appraisal hall");
    private final VirtualClock clock = VirtualClock.at("2026-12-01T00:00:00Z");
    private HallStore store;
    private QueueEngine hall;
    private Appraisal appraisal;
    private ComplaintRegister register;
    private StatsReport stats;

    /** A new, empty database for one test; {@link AppraisalSheetOnPostgresTest} gives PostgreSQL. */
    String freshDatabase() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @BeforeEach
    void playTheMonth() {
        store = HallStore.open(freshDatabase());
        hall = new QueueEngine(config, clock, TicketIds.secure(), store.load(LocalDate.parse("2026-12-01"), List.of(1)));
        stats = new StatsReport(config, store, clock);
        appraisal = new Appraisal(config, store, stats, () -> config.staff().stream()
                .filter(s -> s.role() == StaffDef.Role.STAFF).map(s -> new Appraisee(s.badge(), s.name())).toList());
        register = new ComplaintRegister(config, store);
        at("12-01 08:30", () -> hall.open(1, new StaffRef("1001", "王芳")));
        String a001 = at("12-01 09:00", () -> hall.issue("A", false, null)).id();
        String a002 = at("12-01 09:01", () -> hall.issue("A", false, null)).id();
        at("12-01 09:05", () -> hall.callNext(1, "1001"));
        at("12-01 09:06", () -> hall.start(1, "1001"));
        at("12-01 09:16", () -> hall.finish(1, "1001"));
        at("12-01 09:16", () -> hall.callNext(1, "1001"));
        at("12-01 09:16", () -> hall.start(1, "1001"));
        at("12-01 09:21", () -> hall.finish(1, "1001"));
        at("12-01 09:30", () -> hall.rate(a001, 5, RatingChannel.PAGE));
        at("12-01 09:31", () -> hall.rate(a002, new Evaluation(3, 4, 3, 2, "等候区座位不够"), RatingChannel.KIOSK));
        Complaint inTime = at("12-01 10:00", () -> hall.recordComplaint(register.draft(complaint("2026-12-03"),
                "9001", clock.instant())));
        Complaint late = at("12-01 10:05", () -> hall.recordComplaint(register.draft(complaint("2026-12-04"),
                "9001", clock.instant())));
        at("12-03 16:00", () -> close(inTime.id()));
        at("12-07 09:00", () -> close(late.id()));
        clock.set(local("12-08 12:00"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theMeasuredItemsAreWorkedOutFromTheRecords() {
        SheetRow row = appraisal.row(DECEMBER, "1001", clock.instant());
        // 处事效率 10: speed = norm 2×300 / handle 600+300 = 2/3; one-visit share 1 (both finished at the first
        // visit); (2/3 + 1) / 2 = 0.8333 → 8.3
        assertThat(row.items().get("efficiency").score()).isEqualTo(8.3);
        // 反馈调查 5: 2 evaluations of 2 served → 5.0
        assertThat(row.items().get("survey").score()).isEqualTo(5.0);
        // 客户评价 5: (5 + 3 + 3×5) / (2 + 5) = 23/7 = 3.2857; (3.2857 − 1) / 4 = 0.5714 → 2.857 → 2.9
        assertThat(row.items().get("ratings").score()).isEqualTo(2.9);
        // 投诉处理 10: of 2 complaints due in December, 1 closed in time → 5.0
        assertThat(row.items().get("complaints").score()).isEqualTo(5.0);
        assertThat(row.items().get("complaints").how()).contains("1 / 到期 2");
        assertThat(row.items().get("professional").score()).isNull();
        assertThat(row.total()).isEqualTo(21.2);
        assertThat(row.complete()).isFalse();
    }

    @Test
    void aSheetScoredByHandIsTotalledAndGraded() {
        Map<String, Integer> scores = Map.of("professional", 9, "speech", 8, "solving", 7, "conduct", 10,
                "knowledge", 8, "needs", 9, "emergency", 10);
        scores.forEach((item, score) -> at("12-08 12:00", () -> hall.appraise(appraisal.mark(DECEMBER, "1001", item,
                score, "抽查 " + item, "9001", clock.instant()))));
        SheetRow row = appraisal.row(DECEMBER, "1001", clock.instant());
        // measured 8.3 + 5.0 + 2.9 + 5.0 = 21.2; assessed 9+8+7+10+8+9+10 = 61; total 82.2 → 良好 (70–89)
        assertThat(row.total()).isEqualTo(82.2);
        assertThat(row.grade()).isEqualTo("良好");
        assertThat(row.complete()).isTrue();
        assertThat(row.items().get("speech").note()).isEqualTo("抽查 speech");

        // 李强 did nothing: 处事效率 0, 反馈调查 0, 客户评价 with no ratings the middle 2.5, 投诉处理 none due 10
        SheetRow idle = appraisal.sheet(DECEMBER, clock.instant()).get(1);
        assertThat(idle.badge()).isEqualTo("1002");
        assertThat(idle.total()).isEqualTo(12.5);
        assertThat(idle.grade()).isEqualTo("不合格");
        assertThat(idle.complete()).isFalse();
    }

    @Test
    void aLaterMarkReplacesTheScoreAndTheHistoryKeepsBoth() {
        at("12-08 12:00", () -> hall.appraise(appraisal.mark(DECEMBER, "1001", "speech", 6, "初评", "9001", clock.instant())));
        at("12-08 12:30", () -> hall.appraise(appraisal.mark(DECEMBER, "1001", "speech", 9, "复核后", "9001", clock.instant())));
        assertThat(appraisal.row(DECEMBER, "1001", clock.instant()).items().get("speech").score()).isEqualTo(9.0);
        assertThat(appraisal.history(DECEMBER, "1001")).extracting(Mark::score, Mark::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, "初评"), org.assertj.core.groups.Tuple.tuple(9, "复核后"));
    }

    @Test
    void aMarkOutsideTheItemsPointsOrOfAMeasuredItemIsRefused() {
        assertThatThrownBy(() -> appraisal.mark(DECEMBER, "1001", "speech", 11, null, "9001", clock.instant()))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("field", "score");
        assertThatThrownBy(() -> appraisal.mark(DECEMBER, "1001", "speech", -1, null, "9001", clock.instant()))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("field", "score");
        assertThatThrownBy(() -> appraisal.mark(DECEMBER, "1001", "efficiency", 5, null, "9001", clock.instant()))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("field", "item");
        assertThatThrownBy(() -> appraisal.mark(DECEMBER, "1001", "luck", 5, null, "9001", clock.instant()))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("kind", Refusal.Kind.NOT_FOUND);
        assertThatThrownBy(() -> appraisal.mark(DECEMBER, "9001", "speech", 5, null, "9001", clock.instant()))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("kind", Refusal.Kind.NOT_FOUND);
    }

    @Test
    void basicallySatisfiedIsNotABadRatingAndCountsForTheStaff() {
        assertThat(hall.openCases()).isEmpty();
        StatsRow row = stats.rows(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-01"), By.STAFF).get(0);
        // ratings 5 and 3: neither is a 差评, so no case. The report's satisfaction stays the
        // contract's share of 4 and 5 (1 of 2); the sheet's 客户评价 goes by the average level.
        assertThat(row.satisfaction()).isEqualTo(0.5);
        // score: the measured items of the row scaled to 100: (10×5/6 + 5×1 + 5×4/7) / 20 = 80.95… → 81
        assertThat(row.score()).isEqualTo(81);
        assertThat(row.grade()).isEqualTo("良好");
        assertThat(row.scoreParts()).extracting(p -> p.part()).containsExactly("efficiency", "survey", "ratings");
    }

    @Test
    void theEvaluationsIndicatorsAndOpinionAreKeptWithTheRating() {
        String detail = RatingChannel.detail(new Evaluation(3, 4, 3, 2, "等候区座位不够"), RatingChannel.KIOSK);
        assertThat(detail).isEqualTo("3 kiosk 4/3/2 等候区座位不够");
        assertThat(RatingChannel.evaluationOf(detail)).isEqualTo(new Evaluation(3, 4, 3, 2, "等候区座位不够"));
        assertThat(RatingChannel.channelOf(detail)).isEqualTo("kiosk");
        assertThat(RatingChannel.evaluationOf("4 evaluator")).isEqualTo(Evaluation.overall(4));
        assertThatThrownBy(() -> new Evaluation(4, 6, null, null, null).checked())
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("field", "efficiency");
    }

    @Test
    void aBadRatingOpensACaseCallBackNextWorkingDayPutRightInFifteen() {
        String a003 = at("12-08 12:00", () -> hall.issue("A", false, null)).id();
        at("12-08 12:01", () -> hall.callNext(1, "1001"));
        at("12-08 12:05", () -> hall.finish(1, "1001"));
        at("12-08 12:06", () -> hall.rate(a003, 2, RatingChannel.PAGE));
        FollowUp c = hall.openCases().get(0);
        // call-back: the next working day, Wed 12-09, by the close 17:30
        assertThat(c.callBackDueAt()).isEqualTo(local("12-09 17:30"));
        // put right: 15 working days after Tue 12-08: 9,10,11 (3), 14–18 (8), 21–25 (13), 28, 29 (15)
        assertThat(c.dueDate()).isEqualTo(LocalDate.parse("2026-12-29"));
        assertThat(c.dueAt()).isEqualTo(local("12-29 17:30"));
        FollowUp called = at("12-10 09:00", () -> hall.callBack(c.id(), "9001", "已回访，群众同意整改方案"));
        assertThat(called.callBackOverdue(local("12-10 09:00"))).isTrue();
        QueueEngine restarted = new QueueEngine(config, clock, TicketIds.secure(),
                store.load(LocalDate.parse("2026-12-08"), List.of(1)));
        assertThat(restarted.openCases()).containsExactly(called);
    }

    @Test
    void aCaseNotCalledBackInTimeIsEscalatedOnceAndTheEscalationIsKept() {
        String a003 = at("12-08 12:00", () -> hall.issue("A", false, null)).id();
        at("12-08 12:01", () -> hall.callNext(1, "1001"));
        at("12-08 12:05", () -> hall.finish(1, "1001"));
        at("12-08 12:06", () -> hall.rate(a003, 1, RatingChannel.PAGE));
        assertThat(at("12-09 17:30", () -> hall.escalateOverdueCases())).isZero();
        assertThat(at("12-09 17:31", () -> hall.escalateOverdueCases())).isEqualTo(1);
        assertThat(at("12-09 17:32", () -> hall.escalateOverdueCases())).isZero();
        FollowUp escalated = hall.openCases().get(0);
        assertThat(escalated.escalatedAt()).isEqualTo(local("12-09 17:31"));
        QueueEngine restarted = new QueueEngine(config, clock, TicketIds.secure(),
                store.load(LocalDate.parse("2026-12-08"), List.of(1)));
        assertThat(restarted.openCases()).containsExactly(escalated);
    }

    @Test
    void theComplaintsContactIsKeptMasked() {
        List<Complaint> all = register.between(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));
        assertThat(all).hasSize(2);
        assertThat(all.get(0).contact()).isEqualTo("张* 138****8000");
        assertThat(all.get(1).overdue(clock.instant())).isTrue();
        assertThat(all.get(0).overdue(clock.instant())).isFalse();
    }

    private static ComplaintForm complaint(String due) {
        return new ComplaintForm("PHONE", 1, "1001", "A", "办理时态度生硬", "张三", "138 0013 8000",
                LocalDate.parse(due), "9001");
    }

    private Complaint close(long id) {
        return hall.changeComplaint(register.closed(id, "已约谈当事人", "已电话告知投诉人", "9001", clock.instant()),
                com.hallqueue.server.queue.EventType.COMPLAINT_CLOSED, "9001");
    }

    private <T> T at(String time, Supplier<T> action) {
        clock.set(local(time));
        T result = action.get();
        store.commit(hall.drainEvents());
        return result;
    }

    private static Instant local(String time) {
        return LocalDateTime.parse("2026-" + time.replace(" ", "T")).atZone(HALL).toInstant();
    }
}
