package com.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.simulate.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hall's rules, on a weekday hall and a clock the tests move. Friday 2026-11-27, 09:00 in Shanghai. */
class QueueEngineTest {

    private final VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");
    private QueueEngine hall = new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(1), HallRecord.empty());

    private static final StaffRef WANG = new StaffRef("1001", "王芳");
    private static final StaffRef LI = new StaffRef("1002", "李强");
    private static final StaffRef ZHANG = new StaffRef("1003", "张伟");

    @Test
    void eachServiceNumbersItsTicketsFrom001() {
        assertThat(issue("A").number()).isEqualTo("A001");
        assertThat(issue("A").number()).isEqualTo("A002");
        assertThat(issue("B").number()).isEqualTo("B001");
    }

    @Test
    void ticketIdsAreOpaqueAndDistinctFromNumbers() {
        TicketView a = issue("A");
        TicketView b = issue("A");
        assertThat(a.id()).hasSize(22).isNotEqualTo(b.id()).doesNotContain("A001");
    }

    @Test
    void aCounterServingSeveralServicesTakesTheLongestWaitingTicket() {
        issue("B");
        issue("A");
        issue("B");
        hall.open(2, WANG);
        assertThat(callAndFinish(2)).isEqualTo("B001");
        assertThat(callAndFinish(2)).isEqualTo("A001");
        assertThat(callAndFinish(2)).isEqualTo("B002");
    }

    @Test
    void aCounterCallsOnlyTheServicesItServes() {
        issue("B");
        hall.open(1, WANG);
        assertThat(hall.callNext(1, "1001")).isEmpty();
    }

    @Test
    void priorityTicketsGoFirstUntilTheCapThenTheOldestNormalTicket() {
        issue("B");
        for (int i = 0; i < 5; i++) {
            hall.issue("B", true, "K1");
        }
        hall.open(3, WANG);
        List<String> order = List.of(callAndFinish(3), callAndFinish(3), callAndFinish(3), callAndFinish(3),
                callAndFinish(3), callAndFinish(3));
        assertThat(order).containsExactly("B002", "B003", "B004", "B001", "B005", "B006");
    }

    @Test
    void priorityCallsAreNotCappedWhenNoNormalTicketWaits() {
        for (int i = 0; i < 4; i++) {
            hall.issue("B", true, "K1");
        }
        hall.open(3, WANG);
        assertThat(List.of(callAndFinish(3), callAndFinish(3), callAndFinish(3), callAndFinish(3)))
                .containsExactly("B001", "B002", "B003", "B004");
    }

    @Test
    void aTicketTransferredToAnotherServiceKeepsItsPlaceByArrival() {
        issue("A");
        issue("B");
        issue("B");
        hall.open(1, WANG);
        hall.open(3, LI);
        hall.callNext(1, "1001");
        TicketView moved = hall.transfer(1, "1001", "B", null);
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(moved.number()).isEqualTo("A001");
        assertThat(moved.ahead()).isZero();
        assertThat(callAndFinish(3)).isEqualTo("A001");
        assertThat(callAndFinish(3)).isEqualTo("B001");
    }

    @Test
    void aTicketTransferredToACounterIsCalledThereAndNowhereElse() {
        issue("A");
        issue("A");
        hall.open(1, WANG);
        hall.open(2, LI);
        hall.open(3, ZHANG);
        hall.callNext(1, "1001");
        hall.transfer(1, "1001", null, 3);
        assertThat(callAndFinish(2)).isEqualTo("A002");
        assertThat(callAndFinish(3)).isEqualTo("A001");
    }

    @Test
    void aPausedCounterCannotCallUntilItResumes() {
        issue("A");
        hall.open(1, WANG);
        hall.pause(1, "1001", "系统故障");
        assertThat(hall.counterView(1).orElseThrow().state()).isEqualTo(CounterState.PAUSED);
        assertThat(hall.counterView(1).orElseThrow().pauseReason()).isEqualTo("系统故障");
        assertRefused(() -> hall.callNext(1, "1001"), Refusal.Kind.CONFLICT);
        hall.resume(1, "1001");
        assertThat(hall.callNext(1, "1001")).map(TicketView::number).contains("A001");
    }

    @Test
    void aPauseNeedsAReason() {
        hall.open(1, WANG);
        assertRefused(() -> hall.pause(1, "1001", "  "), Refusal.Kind.BAD_INPUT);
    }

    @Test
    void callNextWhileATicketIsHeldIsRefusedAndTheTicketStaysHeld() {
        issue("A");
        issue("A");
        hall.open(1, WANG);
        hall.callNext(1, "1001");
        assertRefused(() -> hall.callNext(1, "1001"), Refusal.Kind.CONFLICT);
        assertThat(hall.counterView(1).orElseThrow().ticket().number()).isEqualTo("A001");
        assertThat(hall.queue().services().get(0).waiting()).isEqualTo(1);
    }

    @Test
    void staffActOnlyAtTheCounterTheyOpened() {
        issue("A");
        hall.open(1, WANG);
        hall.open(2, LI);
        assertRefused(() -> hall.callNext(1, "1002"), Refusal.Kind.FORBIDDEN);
        assertRefused(() -> hall.open(1, ZHANG), Refusal.Kind.CONFLICT);
    }

    @Test
    void openingAnotherCounterClosesTheIdleOneFirst() {
        hall.open(1, WANG);
        hall.open(2, WANG);
        assertThat(hall.counterView(1).orElseThrow().state()).isEqualTo(CounterState.CLOSED);
        assertThat(hall.counterOfStaff("1001")).contains(2);
    }

    @Test
    void finishingWithoutStartIsAllowedFromTheCall() {
        issue("A");
        hall.open(1, WANG);
        hall.callNext(1, "1001");
        assertThat(hall.finish(1, "1001").status()).isEqualTo(TicketStatus.DONE);
        assertRefused(() -> hall.finish(1, "1001"), Refusal.Kind.CONFLICT);
    }

    @Test
    void aCounterThatHoldsATicketCannotPauseOrClose() {
        issue("A");
        hall.open(1, WANG);
        hall.callNext(1, "1001");
        hall.start(1, "1001");
        assertRefused(() -> hall.pause(1, "1001", "午休"), Refusal.Kind.CONFLICT);
        assertRefused(() -> hall.close(1, "1001"), Refusal.Kind.CONFLICT);
        assertRefused(() -> hall.noShow(1, "1001"), Refusal.Kind.CONFLICT);
    }

    @Test
    void aReturningNoShowWaitsBehindTheFirstFewOfItsLine() {
        for (int i = 0; i < 5; i++) {
            issue("A");
        }
        hall.open(1, WANG);
        hall.callNext(1, "1001");
        hall.noShow(1, "1001");
        TicketView back = hall.returnNoShow(1, "1001", "A001");
        assertThat(back.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(back.ahead()).isEqualTo(2);
        assertThat(List.of(callAndFinish(1), callAndFinish(1), callAndFinish(1)))
                .containsExactly("A002", "A003", "A001");
    }

    @Test
    void afterTheLastTicketTimeTheKioskRefusesButCountersServeEveryoneStillWaiting() {
        issue("A");
        clock.set(Instant.parse("2026-11-27T09:05:00Z"));
        assertThatThrownBy(() -> issue("A")).isInstanceOf(Refusal.class).hasMessageContaining("08:30–17:00");
        hall.open(1, WANG);
        assertThat(hall.callNext(1, "1001")).map(TicketView::number).contains("A001");
    }

    @Test
    void onAHolidayTheKioskRefusesAndNamesTheNextOpening() {
        clock.set(Instant.parse("2026-10-01T02:00:00Z"));
        assertThatThrownBy(() -> issue("A")).isInstanceOf(Refusal.class).hasMessageContaining("2026-10-02");
    }

    @Test
    void onAWeekendTheHallIsClosed() {
        clock.set(Instant.parse("2026-11-28T02:00:00Z"));
        assertRefused(() -> issue("A"), Refusal.Kind.CONFLICT);
    }

    @Test
    void numberingStartsAgainOnANewDayAndYesterdaysTicketsAreStillServed() {
        issue("A");
        clock.set(Instant.parse("2026-11-30T01:00:00Z"));
        assertThat(issue("A").number()).isEqualTo("A001");
        hall.open(1, WANG);
        assertThat(callAndFinish(1)).isEqualTo("A001");
        assertThat(hall.counterView(1).orElseThrow().state()).isEqualTo(CounterState.IDLE);
    }

    @Test
    void theDailyCapOfAServiceStopsTheKioskForThatServiceOnly() {
        for (int i = 0; i < 5; i++) {
            issue("A");
        }
        assertThatThrownBy(() -> issue("A")).isInstanceOf(Refusal.class).hasMessageContaining("综合业务");
        assertThat(issue("B").number()).isEqualTo("B001");
    }

    @Test
    void aRestartFromTheStoredRecordNeverRepeatsANumberAndKeepsTheOrder() {
        issue("A");
        issue("A");
        hall.open(1, WANG);
        hall.callNext(1, "1001");
        List<HallEvent> events = hall.drainEvents();
        hall = new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(2), recordOf(events));
        assertThat(issue("A").number()).isEqualTo("A003");
        assertThat(hall.counterView(1).orElseThrow().ticket().number()).isEqualTo("A001");
        hall.finish(1, "1001");
        assertThat(callAndFinish(1)).isEqualTo("A002");
    }

    @Test
    void aTicketIsRatedOnceAndOnlyAfterItWasServed() {
        TicketView t = issue("A");
        assertRefused(() -> hall.rate(t.id(), 5, null), Refusal.Kind.CONFLICT);
        hall.open(1, WANG);
        callAndFinish(1);
        assertRefused(() -> hall.rate(t.id(), 6, null), Refusal.Kind.BAD_INPUT);
        hall.rate(t.id(), 4, null);
        assertRefused(() -> hall.rate(t.id(), 5, null), Refusal.Kind.CONFLICT);
    }

    @Test
    void everyChangeIsRecordedAsAnEventInCommitOrder() {
        issue("A");
        hall.open(1, WANG);
        hall.callNext(1, "1001");
        assertThat(hall.drainEvents()).extracting(HallEvent::seq, HallEvent::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, EventType.TICKET_ISSUED),
                org.assertj.core.groups.Tuple.tuple(2L, EventType.COUNTER_OPENED),
                org.assertj.core.groups.Tuple.tuple(3L, EventType.TICKET_CALLED));
        assertThat(hall.drainEvents()).isEmpty();
    }

    @Test
    void theWaitingCountAndAheadFollowTheLine() {
        issue("A");
        TicketView second = issue("A");
        assertThat(second.ahead()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(hall.queue().services().get(0).waiting()).isEqualTo(2);
    }

    private TicketView issue(String service) {
        return hall.issue(service, false, "K1");
    }

    private String callAndFinish(int counter) {
        String badge = hall.counterView(counter).orElseThrow().staff().badge();
        String number = hall.callNext(counter, badge).orElseThrow().number();
        hall.finish(counter, badge);
        return number;
    }

    private static void assertRefused(Runnable action, Refusal.Kind kind) {
        assertThatThrownBy(action::run).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(kind));
    }

    /** What a store would hand back after committing these events: latest ticket and counter rows. */
    private static HallRecord recordOf(List<HallEvent> events) {
        java.util.Map<String, Ticket> tickets = new java.util.LinkedHashMap<>();
        java.util.Map<Integer, Counter> counters = new java.util.TreeMap<>();
        for (HallEvent e : events) {
            if (e.ticket() != null) {
                tickets.put(e.ticket().id(), e.ticket());
            }
            if (e.counter() != null) {
                counters.put(e.counter().number(), e.counter());
            }
        }
        return new HallRecord(List.copyOf(tickets.values()), List.copyOf(counters.values()),
                events.get(events.size() - 1).seq());
    }
}
