package com.hallqueue.server.breaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.queue.Counter;
import com.hallqueue.server.queue.CounterState;
import com.hallqueue.server.queue.CounterView;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.simulate.VirtualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hall's lunch break on a fixed clock: weekdays 08:30–17:30 in Shanghai (UTC+8) with
 * lunch 12:00–13:30; counter 3 staggers its lunch to 13:30–15:00. Friday 2026-11-27.
 */
class LunchBreakTest {

    static final HallConfig HALL = new HallConfigLoader().parse("""
            hall: {name: 测试大厅, timeZone: Asia/Shanghai}
            services:
              - {code: A, name: 综合业务, handleMinutes: 5}
            counters:
              - {number: 1, services: [A]}
              - {number: 2, services: [A]}
              - {number: 3, services: [A], breaks: [["13:30", "15:00"]]}
            hours:
              week:
                weekdays: {open: "08:30", lastTicket: "17:00", close: "17:30", breaks: [["12:00", "13:30"]]}
            """, "lunch hall");

    private final VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");
    private QueueEngine hall = new QueueEngine(HALL, clock, TicketIds.seeded(1), HallRecord.empty());
    private final List<HallEvent> committed = new ArrayList<>();

    @Test
    void theChoresAreDueExactlyWhenTheBreaksWouldChangeACounter() {
        hall.open(1, staff(1));
        at("11:59");
        assertThat(hall.choresDue()).as("before noon").isFalse();
        at("12:00");
        assertThat(hall.choresDue()).as("at noon").isTrue();
        hall.keepBreaks();
        assertThat(hall.choresDue()).as("once paused").isFalse();
        at("13:30");
        assertThat(hall.choresDue()).as("at the break's end").isTrue();
        hall.keepBreaks();
        assertThat(hall.choresDue()).as("once resumed").isFalse();
    }

    @Test
    void aFreeCounterPausesForLunchAtNoonAndResumesByItselfAt1330() {
        hall.open(1, staff(1));
        at("11:59");
        assertThat(hall.keepBreaks()).isZero();
        at("12:00");
        assertThat(hall.keepBreaks()).isEqualTo(1);
        CounterView paused = counter(1);
        assertThat(paused.state()).isEqualTo(CounterState.PAUSED);
        assertThat(paused.pauseReason()).isEqualTo("午休 / Lunch break");
        assertThat(paused.resumesAt()).isEqualTo(Instant.parse("2026-11-27T05:30:00Z"));
        at("13:29");
        assertThat(hall.keepBreaks()).isZero();
        at("13:30");
        assertThat(hall.keepBreaks()).isEqualTo(1);
        assertThat(counter(1).state()).isEqualTo(CounterState.IDLE);
        assertThat(counter(1).resumesAt()).isNull();
    }

    @Test
    void theHallNotAMemberOfStaffPausesAndResumesSoTheEventsNameNoBadge() {
        hall.open(1, staff(1));
        at("12:00");
        hall.keepBreaks();
        at("13:30");
        hall.keepBreaks();
        List<HallEvent> events = drain();
        HallEvent pause = events.get(events.size() - 2);
        HallEvent resume = events.get(events.size() - 1);
        assertThat(pause.type()).isEqualTo(EventType.COUNTER_PAUSED);
        assertThat(pause.detail()).isEqualTo("午休 / Lunch break");
        assertThat(pause.staffBadge()).isNull();
        assertThat(resume.type()).isEqualTo(EventType.COUNTER_RESUMED);
        assertThat(resume.staffBadge()).isNull();
    }

    @Test
    void aCounterServingAtNoonFinishesTheCitizenFirstAndPausesWhenFree() {
        hall.open(1, staff(1));
        hall.issue("A", false, "K1");
        at("11:55");
        hall.callNext(1, "1001");
        hall.start(1, "1001");
        at("12:00");
        assertThat(hall.keepBreaks()).isZero();
        assertThat(counter(1).state()).isEqualTo(CounterState.SERVING);
        at("12:07");
        hall.finish(1, "1001");
        assertThat(counter(1).state()).isEqualTo(CounterState.PAUSED);
        assertThat(counter(1).resumesAt()).isEqualTo(Instant.parse("2026-11-27T05:30:00Z"));
    }

    @Test
    void aCalledCitizenWhoNeverCameLetsTheCounterGoToLunch() {
        hall.open(1, staff(1));
        hall.issue("A", false, "K1");
        at("11:58");
        hall.callNext(1, "1001");
        at("12:03");
        hall.noShow(1, "1001");
        assertThat(counter(1).state()).isEqualTo(CounterState.PAUSED);
    }

    @Test
    void aFreeCounterMayNotCallOnceLunchHasBegunEvenBeforeTheChoresPauseIt() {
        hall.open(1, staff(1));
        hall.issue("A", false, "K1");
        at("12:00");
        assertThatThrownBy(() -> hall.callNext(1, "1001")).isInstanceOf(Refusal.class)
                .hasMessageContaining("13:30");
        assertThat(counter(1).state()).isEqualTo(CounterState.IDLE);
    }

    @Test
    void aCounterPausedByItsStaffForAnotherReasonStaysPausedAfterLunch() {
        hall.open(1, staff(1));
        at("11:50");
        hall.pause(1, "1001", "临时离开");
        at("12:00");
        assertThat(hall.keepBreaks()).isZero();
        at("13:30");
        assertThat(hall.keepBreaks()).isZero();
        assertThat(counter(1).state()).isEqualTo(CounterState.PAUSED);
        assertThat(counter(1).pauseReason()).isEqualTo("临时离开");
    }

    @Test
    void staffWhoComeBackEarlyStayOpenForTheRestOfThatBreak() {
        hall.open(1, staff(1));
        at("12:00");
        hall.keepBreaks();
        at("12:40");
        hall.resume(1, "1001");
        at("12:41");
        assertThat(hall.keepBreaks()).isZero();
        assertThat(counter(1).state()).isEqualTo(CounterState.IDLE);
    }

    @Test
    void aCounterWithItsOwnBreakServesThroughTheHallsLunchAndTakesItsOwn() {
        hall.open(1, staff(1));
        hall.open(3, staff(3));
        at("12:00");
        hall.keepBreaks();
        assertThat(counter(3).state()).isEqualTo(CounterState.IDLE);
        at("13:30");
        hall.keepBreaks();
        assertThat(counter(1).state()).isEqualTo(CounterState.IDLE);
        assertThat(counter(3).state()).isEqualTo(CounterState.PAUSED);
        assertThat(counter(3).resumesAt()).isEqualTo(Instant.parse("2026-11-27T07:00:00Z"));
    }

    @Test
    void closedCountersAndClosedDaysTakeNoBreak() {
        at("12:00");
        assertThat(hall.keepBreaks()).isZero();
        clock.set(Instant.parse("2026-11-28T04:00:00Z"));   // Saturday: the hall is closed
        hall.open(1, staff(1));
        assertThat(hall.keepBreaks()).isZero();
    }

    @Test
    void aServerRestartedDuringLunchResumesTheCountersTheBreakPaused() {
        hall.open(1, staff(1));
        hall.open(2, staff(2));
        at("12:00");
        hall.keepBreaks();
        List<Counter> stored = drain().stream().map(HallEvent::counter).filter(c -> c != null)
                .collect(java.util.stream.Collectors.toMap(Counter::number, c -> c, (a, b) -> b))
                .values().stream().toList();
        hall = new QueueEngine(HALL, clock, TicketIds.seeded(2), new HallRecord(List.of(), stored, 10));
        at("12:30");
        assertThat(hall.keepBreaks()).as("the same break pauses nobody twice").isZero();
        assertThat(counter(2).resumesAt()).isEqualTo(Instant.parse("2026-11-27T05:30:00Z"));
        at("13:30");
        assertThat(hall.keepBreaks()).isEqualTo(2);
    }

    @Test
    void aSecondServerThatTookInTheFirstsPauseDoesNotPauseAgain() {
        hall.open(1, staff(1));
        QueueEngine other = new QueueEngine(HALL, clock, TicketIds.seeded(2), HallRecord.empty());
        other.takeIn(hall.drainEvents());
        at("12:00");
        hall.keepBreaks();
        other.takeIn(hall.drainEvents());
        assertThat(other.keepBreaks()).isZero();
        assertThat(other.counterView(1).orElseThrow().resumesAt()).isEqualTo(Instant.parse("2026-11-27T05:30:00Z"));
        at("13:30");
        assertThat(other.keepBreaks()).isEqualTo(1);
        hall.takeIn(other.drainEvents());
        assertThat(hall.keepBreaks()).isZero();
        assertThat(counter(1).state()).isEqualTo(CounterState.IDLE);
    }

    private void at(String shanghai) {
        clock.set(Instant.parse("2026-11-27T" + shanghai + ":00+08:00"));
    }

    private CounterView counter(int number) {
        return hall.counterView(number).orElseThrow();
    }

    private List<HallEvent> drain() {
        committed.addAll(hall.drainEvents());
        return committed;
    }

    private static StaffRef staff(int counter) {
        return new StaffRef("100" + counter, "员工" + counter);
    }
}
