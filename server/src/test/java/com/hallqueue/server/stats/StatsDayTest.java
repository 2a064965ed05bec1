package com.hallqueue.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.followup.FollowUp;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.simulate.VirtualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One morning of the weekday hall (open 08:30, lunch 12:00–13:30; A on counters 1 and 2 with
 * a 5-minute norm, B on 2 and 3 with 10) played through the real engine on a fixed clock,
 * committed to a fresh store, and every figure of the report checked against the values
 * worked out by hand below. Tuesday 2026-09-29, Asia/Shanghai:
 *
 * <pre>
 * 08:30 counters 1 (badge 1001) and 2 (1002) open          09:20 2 transfers B001 to service A
 * 09:00 A001   09:02 A002   09:04 B001 issued              09:21 1 calls B001; 09:30 finishes it (no start)
 * 09:05 1 calls A001, 09:06 starts, 09:12 finishes         09:31 B001 rated 1, 09:13 A001 rated 5
 * 09:10 2 calls A002, 09:11 marks it no-show               09:35–09:50 counter 2 paused "开会"
 * 09:11 2 calls B001, 09:13 starts                         10:00 counter 1 closes, 10:05 counter 2 closes
 * report read at 11:00
 * </pre>
 */
class StatsDayTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.parse("2026-09-29");
    private static final Offset<Double> CLOSE = Offset.offset(1e-9);

    private final HallConfig config = Halls.weekdayHall();
    private final VirtualClock clock = VirtualClock.at("2026-09-29T00:00:00Z");
    private HallStore store;
    private QueueEngine hall;
    private StatsReport report;

    /** A new, empty database for one test; {@link StatsDayOnPostgresTest} gives PostgreSQL. */
    String freshDatabase() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @BeforeEach
    void playTheMorning() {
        store = HallStore.open(freshDatabase());
        hall = new QueueEngine(config, clock, TicketIds.secure(), store.load(DAY, List.of(1, 2, 3)));
        report = new StatsReport(config, store, clock);
        at("08:30", () -> hall.open(1, new StaffRef("1001", "王芳")));
        at("08:30", () -> hall.open(2, new StaffRef("1002", "李强")));
        String a001 = at("09:00", () -> hall.issue("A", false, null)).id();
        at("09:02", () -> hall.issue("A", false, null));
        String b001 = at("09:04", () -> hall.issue("B", false, null)).id();
        at("09:05", () -> hall.callNext(1, "1001"));
        at("09:06", () -> hall.start(1, "1001"));
        at("09:10", () -> hall.callNext(2, "1002"));
        at("09:11", () -> hall.noShow(2, "1002"));
        at("09:11", () -> hall.callNext(2, "1002"));
        at("09:12", () -> hall.finish(1, "1001"));
        at("09:13", () -> hall.start(2, "1002"));
        at("09:13", () -> hall.rate(a001, 5, null));
        at("09:20", () -> hall.transfer(2, "1002", "A", null));
        at("09:21", () -> hall.callNext(1, "1001"));
        at("09:30", () -> hall.finish(1, "1001"));
        at("09:31", () -> hall.rate(b001, 1, null));
        at("09:35", () -> hall.pause(2, "1002", "开会"));
        at("09:50", () -> hall.resume(2, "1002"));
        at("10:00", () -> hall.close(1, "1001"));
        at("10:05", () -> hall.close(2, "1002"));
        clock.set(local("11:00"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void eachTicketHasItsWaitWalkAndHandle() {
        List<TicketTimes> tickets = report.tickets(DAY, DAY);
        assertThat(tickets).extracting(TicketTimes::number).containsExactly("A001", "A002", "B001");
        // A001: 09:00 → call 09:05 (300) → start 09:06 (60) → finish 09:12 (360)
        assertThat(tickets.get(0)).isEqualTo(new TicketTimes("A001", "A", "DONE", local("09:00"), local("09:05"),
                1, "1001", 300L, 60L, 360L, 0, 5));
        // A002: 09:02 → call 09:10 (480), then no-show: no walk, no handle
        assertThat(tickets.get(1)).isEqualTo(new TicketTimes("A002", "A", "NO_SHOW", local("09:02"), local("09:10"),
                2, "1002", 480L, null, null, 0, null));
        // B001: 09:04 → call 09:11 (420) → start 09:13 (120); handled 09:13–09:20 (420) at 2 and,
        // after the transfer, from the call 09:21 to 09:30 (540) at 1: 960 in all
        assertThat(tickets.get(2)).isEqualTo(new TicketTimes("B001", "B", "DONE", local("09:04"), local("09:11"),
                1, "1001", 420L, 120L, 960L, 1, 1));
    }

    @Test
    void byCounterEveryFigureAndTheCountersTime() {
        Map<String, StatsRow> rows = rows(By.COUNTER);
        assertThat(rows.keySet()).containsExactly("1", "2", "3");
        StatsRow one = rows.get("1");
        // first calls at 1: A001 only (B001 was first called at 2); served A001 and B001
        assertThat(List.of(one.issued(), one.served(), one.noShow(), one.transfers())).containsExactly(1, 2, 0, 0);
        assertThat(List.of(one.avgWaitSeconds(), one.medianWaitSeconds(), one.p90WaitSeconds()))
                .containsExactly(300L, 300L, 300L);
        // handles 360 and 540
        assertThat(List.of(one.avgHandleSeconds(), one.medianHandleSeconds(), one.p90HandleSeconds()))
                .containsExactly(450L, 450L, 540L);
        assertThat(one.avgWalkSeconds()).isEqualTo(60L);
        assertThat(one.overTargetShare()).isEqualTo(0.0);
        assertThat(one.ratings()).isEqualTo(2);
        assertThat(one.satisfaction()).isEqualTo(0.5);
        assertThat(one.averageRating()).isEqualTo(3.0);
        // 08:30–09:00 idle, nobody waiting (1800); 09:00–09:05 A001 waits (300); busy 09:05–09:12 (420);
        // idle 09:12–09:20 nobody waiting (480); 09:20–09:21 B001 waits in A (60); busy 09:21–09:30 (540);
        // idle 09:30–10:00 (1800); closed 10:00–11:00 (3600); before 08:30 the hall is shut: no closed time
        assertThat(one.time()).isEqualTo(new CounterTime(960, 360, 4080, 0, Map.of(), 3600));

        StatsRow two = rows.get("2");
        assertThat(List.of(two.issued(), two.served(), two.noShow(), two.transfers())).containsExactly(2, 0, 1, 1);
        // waits 480 (A002) and 420 (B001)
        assertThat(List.of(two.avgWaitSeconds(), two.medianWaitSeconds(), two.p90WaitSeconds()))
                .containsExactly(450L, 450L, 480L);
        assertThat(two.avgHandleSeconds()).isNull();
        assertThat(two.avgWalkSeconds()).isEqualTo(120L);
        assertThat(two.satisfaction()).isNull();
        // idle 1800 + 840 (09:21–09:35) + 900 (09:50–10:05); waited on 09:00–09:10 (600) and 09:20–09:21 (60);
        // busy 09:10–09:11 and 09:11–09:20; paused 09:35–09:50; closed 10:05–11:00
        assertThat(two.time()).isEqualTo(new CounterTime(600, 660, 3540, 900, Map.of("开会", 900L), 3300));

        StatsRow three = rows.get("3");
        assertThat(three.issued()).isZero();
        assertThat(three.time()).isEqualTo(new CounterTime(0, 0, 0, 0, Map.of(), 9000));
        assertThat(three.score()).isNull();
        assertThat(three.grade()).isNull();
    }

    @Test
    void theScoreIsTheRubricsMeasuredItemsScaledTo100() {
        Map<String, StatsRow> rows = rows(By.COUNTER);
        StatsRow one = rows.get("1");
        // 处事效率: norms 300 + 300 over handles 900 → 2/3, one-visit share 1 → (2/3 + 1) / 2
        double efficiency = (600.0 / 900 + 1.0) / 2;
        // 反馈调查: 2 ratings of 2 served; 客户评价: (5 + 1 + 3×5) / (2 + 5) = 3 → (3 − 1) / 4 = 0.5
        assertThat(measures(one)).containsExactly(efficiency, 1.0, 0.5);
        double score = 100 * (10 * efficiency + 5 * 1.0 + 5 * 0.5) / 20;
        assertThat(one.score()).isEqualTo((int) Math.round(score)).isEqualTo(79);
        assertThat(one.grade()).isEqualTo("良好");
        assertThat(one.scoreParts().get(0).points()).isCloseTo(8.3, CLOSE);
        assertThat(one.scoreParts().get(2).how()).contains("(评价总分 6 + 3×5) / (2 + 5)");

        // counter 2 finished nothing and was rated for nothing: no score, rather than a guess
        StatsRow two = rows.get("2");
        assertThat(measures(two)).containsExactly(0.0, 0.0, 0.5);
        assertThat(two.score()).isNull();
        assertThat(two.grade()).isNull();
    }

    @Test
    void byStaffTheSameWorkWithoutTheClosedTime() {
        Map<String, StatsRow> rows = rows(By.STAFF);
        assertThat(rows.keySet()).containsExactly("1001", "1002");
        assertThat(rows.get("1001").time()).isEqualTo(new CounterTime(960, 360, 4080, 0, Map.of(), 0));
        assertThat(rows.get("1001").score()).isEqualTo(79);
        assertThat(rows.get("1002").score()).isNull();
        assertThat(rows.get("1002").time().pausedSeconds()).isEqualTo(900);
    }

    @Test
    void byServiceHourAndDay() {
        Map<String, StatsRow> service = rows(By.SERVICE);
        StatsRow a = service.get("A");
        assertThat(List.of(a.issued(), a.served(), a.noShow(), a.transfers())).containsExactly(2, 1, 1, 0);
        assertThat(List.of(a.avgWaitSeconds(), a.medianWaitSeconds(), a.p90WaitSeconds()))
                .containsExactly(390L, 390L, 480L);
        assertThat(a.time()).isNull();
        StatsRow b = service.get("B");
        // B001 counts for B, the service it was issued for, though it was finished as A
        assertThat(List.of(b.issued(), b.served(), b.noShow(), b.transfers())).containsExactly(1, 1, 0, 1);
        assertThat(b.avgHandleSeconds()).isEqualTo(540L);
        assertThat(b.satisfaction()).isEqualTo(0.0);

        StatsRow nine = rows(By.HOUR).get("09");
        assertThat(List.of(nine.issued(), nine.served(), nine.noShow(), nine.transfers())).containsExactly(3, 2, 1, 1);
        // hour 09: busy 960 + 600; waited on 360 + 660; idle (480 + 1800) + (840 + 600); paused 900; 3 closed all hour
        assertThat(nine.time()).isEqualTo(new CounterTime(1560, 1020, 3720, 900, Map.of("开会", 900L), 3600));
        assertThat(rows(By.HOUR).get("10").time()).isEqualTo(new CounterTime(0, 0, 300, 0, Map.of(), 3600 + 3300 + 3600));

        StatsRow day = rows(By.DAY).get("2026-09-29");
        assertThat(List.of(day.issued(), day.served(), day.noShow(), day.transfers())).containsExactly(3, 2, 1, 1);
        assertThat(List.of(day.avgWaitSeconds(), day.medianWaitSeconds(), day.p90WaitSeconds()))
                .containsExactly(400L, 420L, 480L);
        assertThat(List.of(day.avgHandleSeconds(), day.avgWalkSeconds())).containsExactly(450L, 90L);
        assertThat(day.time()).isEqualTo(new CounterTime(1560, 1020, 7620, 900, Map.of("开会", 900L), 15900));
    }

    @Test
    void aRatingOfOneOpenedAFollowUpDueFifteenWorkingDaysLaterAndItSurvivesARestart() {
        List<FollowUp> open = hall.openCases();
        assertThat(open).hasSize(1);
        FollowUp c = open.get(0);
        assertThat(List.of(c.ticketNumber(), c.score(), c.counter(), c.staffBadge())).containsExactly("B001", 1, 1, "1001");
        // Wed 30 Sep (1), (1 Oct holiday), Fri 2 Oct (2), Mon 5–Fri 9 (7), 12–16 (12), 19–21 Oct (15); closes 17:30
        assertThat(c.dueDate()).isEqualTo(LocalDate.parse("2026-10-21"));
        assertThat(c.dueAt()).isEqualTo(LocalDate.parse("2026-10-21").atTime(LocalTime.of(17, 30)).atZone(HALL).toInstant());
        // the call-back (回访) is due the next working day, Wed 30 Sep, by the close
        assertThat(c.callBackDueAt()).isEqualTo(LocalDate.parse("2026-09-30").atTime(LocalTime.of(17, 30))
                .atZone(HALL).toInstant());
        assertThat(c.overdue(c.dueAt())).isFalse();
        assertThat(c.overdue(c.dueAt().plusSeconds(1))).isTrue();

        QueueEngine restarted = new QueueEngine(config, clock, TicketIds.secure(), store.load(DAY, List.of(1, 2, 3)));
        assertThat(restarted.openCases()).containsExactly(c);
        FollowUp closed = restarted.closeCase(c.id(), "9001", "已电话回访，致歉并说明转办原因");
        store.commit(restarted.drainEvents());
        QueueEngine again = new QueueEngine(config, clock, TicketIds.secure(), store.load(DAY, List.of(1, 2, 3)));
        assertThat(again.openCases()).isEmpty();
        assertThat(store.followUps(local("00:00"), local("23:59"))).containsExactly(closed);
        assertThat(closed.note()).isEqualTo("已电话回访，致歉并说明转办原因");
    }

    private static List<Double> measures(StatsRow row) {
        return row.scoreParts().stream().map(ScorePart::measure).toList();
    }

    private Map<String, StatsRow> rows(By by) {
        Map<String, StatsRow> out = new java.util.LinkedHashMap<>();
        report.rows(DAY, DAY, by).forEach(r -> out.put(r.key(), r));
        return out;
    }

    private <T> T at(String time, Supplier<T> action) {
        clock.set(local(time));
        T result = action.get();
        store.commit(hall.drainEvents());
        return result;
    }

    private static Instant local(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(HALL).toInstant();
    }
}
