package com.hallqueue.server.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.QueueView;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.queue.TicketView;
import com.hallqueue.server.simulate.VirtualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The hall's forecast on a live engine and a clock the test moves. Service A has a 10-minute
 * norm; counter 1 serves A, counter 2 serves A with lunch 12:00–12:45, counter 3 serves A
 * and opens at 10:00, counter 4 serves B only. The clock starts at 09:00 (UTC hall).
 */
class ForwardForecastTest {

    private static final HallConfig HALL = new HallConfigLoader().parse("""
            hall: {name: 大厅, timeZone: UTC}
            services:
              - {code: A, name: 综合, handleMinutes: 10}
              - {code: B, name: 报关, handleMinutes: 10}
              - {code: C, name: 查验, handleMinutes: 10}
            counters:
              - {number: 1, services: [A]}
              - {number: 2, services: [A], breaks: [["12:00", "12:45"]]}
              - {number: 3, services: [A], opens: "10:00"}
              - {number: 4, services: [B]}
            hours: {week: {daily: {open: "08:00", close: "18:00"}}}
            stats: {waitTargetMinutes: 15}
            """, "forecast hall");

    private final VirtualClock clock = VirtualClock.at("2026-11-27T09:00:00Z");
    private final QueueEngine hall = new QueueEngine(HALL, clock, TicketIds.seeded(3), HallRecord.empty(),
            new ForwardForecast(HALL));

    @Test
    void aTicketWithAFreeCounterIsForecastToBeCalledAtOnce() {
        hall.open(1, staff(1));
        assertThat(issue("A").estimatedWaitSeconds()).isZero();
    }

    @Test
    void aTicketBehindMoreCitizensIsForecastToWaitLonger() {
        hall.open(1, staff(1));
        long previous = -1;
        for (int i = 0; i < 6; i++) {
            long estimate = issue("A").estimatedWaitSeconds();
            assertThat(estimate).isGreaterThanOrEqualTo(previous);
            previous = estimate;
        }
        // five ahead of one counter with a 10-minute norm: about 50 minutes, give or take
        assertThat(previous).isBetween(35 * 60L, 65 * 60L);
    }

    @Test
    void aCounterThatOpensLaterIsCountedFromItsOpening() {
        TicketView t = issue("A");
        // issued at 09:00:05; counter 3 opens at 10:00 and nobody else serves A yet
        assertThat(t.estimatedWaitSeconds()).isEqualTo(3600 - 5);
    }

    @Test
    void aCounterPausedForItsLunchIsCountedFromTheEndOfTheBreak() {
        clock.set(java.time.Instant.parse("2026-11-27T12:10:00Z"));
        hall.open(2, staff(2));
        hall.pause(2, "S2", "午休");
        hall.open(4, staff(4));
        hall.callNext(4, "S4");
        TicketView t = issue("A");
        // issued at 12:10:05; counter 3 is closed and its opening has passed; counter 2 is back at 12:45
        assertThat(t.estimatedWaitSeconds()).isEqualTo(35 * 60 - 5);
    }

    @Test
    void whereNoCounterWillServeThePlainEstimateStands() {
        issue("C");
        // one ahead, the 10-minute norm, as if one counter opened
        assertThat(issue("C").estimatedWaitSeconds()).isEqualTo(600);
    }

    @Test
    void theRangeSurroundsTheForecast() {
        hall.open(1, staff(1));
        issue("A");
        issue("A");
        TicketView t = issue("A");
        assertThat(t.estimatedWaitLowSeconds()).isLessThanOrEqualTo(t.estimatedWaitSeconds());
        assertThat(t.estimatedWaitHighSeconds()).isGreaterThan(t.estimatedWaitSeconds());
    }

    @Test
    void aForecastOverTheTargetAsksForAnotherCounter() {
        hall.open(1, staff(1));
        for (int i = 0; i < 4; i++) {
            issue("A");
        }
        QueueView queue = hall.queue();
        assertThat(queue.alerts()).extracting(QueueView.Alert::service).containsExactly("A");
        assertThat(queue.alerts().get(0).message()).startsWith("请增开A类窗口");
    }

    @Test
    void handleTimesLearnedFromTheHallMoveTheForecast() {
        hall.open(1, staff(1));
        for (int i = 0; i < 30; i++) {
            issue("A");
            hall.callNext(1, "S1");
            clock.advance(Duration.ofMinutes(2));
            hall.finish(1, "S1");
        }
        issue("A");
        hall.callNext(1, "S1");
        issue("A");
        long estimate = issue("A").estimatedWaitSeconds();
        // two ahead of a counter that now takes about 2 minutes a ticket, not the 10-minute norm
        assertThat(estimate).isBetween(2 * 60L, 8 * 60L);
    }

    @Test
    void aLineThatWillNotBeReachedBeforeClosingSaysSoInsteadOfPromisingANumber() {
        clock.set(java.time.Instant.parse("2026-11-27T16:00:00Z"));
        hall.open(4, staff(4));
        TicketView first = issue("B");
        TicketView last = first;
        for (int i = 0; i < 14; i++) {
            last = issue("B");
        }
        // at 16:00 one counter at about 10 minutes a ticket: the 15th is about 140 minutes away, past 18:00
        assertThat(first.mayNotBeServedToday()).isFalse();
        assertThat(first.waitAdvice()).isNull();
        assertThat(last.mayNotBeServedToday()).isTrue();
        assertThat(last.waitAdvice()).startsWith("今日可能无法办理").contains("appointment");
        assertThat(last.estimatedWaitSeconds()).isGreaterThan(2 * 3600L);
        assertThat(hall.queue().services()).filteredOn(q -> q.service().equals("B"))
                .extracting(QueueView.ServiceQueue::mayNotBeServedToday).containsExactly(true);
        assertThat(hall.queue().services()).filteredOn(q -> q.service().equals("A"))
                .extracting(QueueView.ServiceQueue::mayNotBeServedToday).containsExactly(false);
    }

    @Test
    void pastClosingTheLastOfTheLineIsServedAndNotToldOtherwise() {
        clock.set(java.time.Instant.parse("2026-11-27T17:50:00Z"));
        hall.open(4, staff(4));
        TicketView t = null;
        for (int i = 0; i < 4; i++) {
            t = issue("B");
        }
        assertThat(t.mayNotBeServedToday()).isTrue();
        clock.set(java.time.Instant.parse("2026-11-27T18:05:00Z"));
        TicketView later = hall.ticket(t.id()).orElseThrow();
        assertThat(later.mayNotBeServedToday()).isFalse();
        assertThat(later.estimatedWaitSeconds()).isPositive();
    }

    @Test
    void afterTheLastTicketTimeNoPriorityCitizenIsExpectedToJumpTheLine() {
        HallConfig oneCounter = new HallConfigLoader().parse("""
                hall: {name: 查验, timeZone: UTC}
                services:
                  - {code: C, name: 查验, handleMinutes: 20}
                counters:
                  - {number: 1, services: [C]}
                hours: {week: {daily: {open: "08:00", lastTicket: "16:00", close: "17:00"}}}
                """, "inspection hall");
        QueueEngine inspection = new QueueEngine(oneCounter, clock, TicketIds.seeded(5), HallRecord.empty(),
                new ForwardForecast(oneCounter));
        clock.set(java.time.Instant.parse("2026-11-27T15:00:00Z"));
        inspection.open(1, staff(1));
        // an hour in which every third citizen had priority: a steady flow of them from now on
        // would take most of the counter's time and push the normal line back by hours
        TicketView issued = null;
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(4));
            issued = inspection.issue("C", i % 3 == 0, "K1");
        }
        clock.set(java.time.Instant.parse("2026-11-27T16:00:30Z"));
        TicketView last = inspection.ticket(issued.id()).orElseThrow();
        // 11 ahead of it (the counter is calling the first), 20 minutes each at most a little more:
        // without arrivals after 16:00 the forecast is the line itself, about 11 × 20 minutes
        assertThat(last.estimatedWaitSeconds()).isBetween(170 * 60L, 260 * 60L);
    }

    private TicketView issue(String service) {
        clock.advance(Duration.ofSeconds(5));
        return hall.issue(service, false, "K1");
    }

    private static StaffRef staff(int n) {
        return new StaffRef("S" + n, "员工" + n);
    }
}
