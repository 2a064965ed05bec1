package com.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Halls;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two servers of one hall: each engine takes in what the other committed, and then decides
 * from the same hall as if it had made those changes itself.
 */
class TakeInTest {

    private final VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");
    private final QueueEngine first = new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(1), HallRecord.empty());
    private final QueueEngine second = new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(2), HallRecord.empty());

    @Test
    void aTicketIssuedAtOneServerIsCalledAtTheOtherAndNotCalledAgainAtTheFirst() {
        TicketView a1 = first.issue("A", false, "K1");
        first.issue("A", false, "K1");
        second.takeIn(first.drainEvents());

        second.open(1, new StaffRef("1001", "王芳"));
        assertThat(second.callNext(1, "1001")).map(TicketView::id).contains(a1.id());
        first.takeIn(second.drainEvents());

        first.open(2, new StaffRef("1002", "李强"));
        assertThat(first.callNext(2, "1002")).map(TicketView::number).contains("A002");
        assertThat(first.counterView(1).orElseThrow().ticket().number()).isEqualTo("A001");
    }

    @Test
    void numbersContinueAfterTheOtherServersTickets() {
        first.issue("A", false, "K1");
        first.issue("A", false, "K1");
        second.takeIn(first.drainEvents());
        assertThat(second.issue("A", false, "K2").number()).isEqualTo("A003");
        assertThat(second.lastSeq()).isEqualTo(3);
    }

    @Test
    void theEventsTakenInCarryThisServersViewsForItsScreens() {
        first.issue("B", false, "K1");
        TicketView b2 = first.issue("B", false, "K1");
        List<HallEvent> shown = second.takeIn(first.drainEvents());
        assertThat(shown).extracting(HallEvent::seq).containsExactly(1L, 2L);
        assertThat(shown.get(1).ticketView().id()).isEqualTo(b2.id());
        assertThat(shown.get(1).ticketView().ahead()).isEqualTo(1);
        assertThat(shown.get(1).queue()).isNotNull();
    }

    @Test
    void eventsAlreadyTakenInAreNotTakenInTwice() {
        first.issue("A", false, "K1");
        List<HallEvent> committed = first.drainEvents();
        second.takeIn(committed);
        assertThat(second.takeIn(committed)).isEmpty();
        assertThat(second.queue().services()).filteredOn(s -> s.service().equals("A"))
                .singleElement().satisfies(s -> assertThat(s.waiting()).isEqualTo(1));
    }

    @Test
    void aPauseAtOneServerRefusesCallsAtTheOther() {
        first.open(3, new StaffRef("1003", "张伟"));
        first.pause(3, "1003", "午休");
        first.issue("A", false, "K1");
        second.takeIn(first.drainEvents());
        assertThat(second.counterView(3).orElseThrow().state()).isEqualTo(CounterState.PAUSED);
        assertThatThrownBy(() -> second.callNext(3, "1003")).isInstanceOf(Refusal.class);
    }

    @Test
    void aServerThatIssuesNothingItselfStillLetsPastDaysGo() {
        TicketView a1 = first.issue("A", false, "K1");
        first.open(1, new StaffRef("1001", "王芳"));
        first.callNext(1, "1001");
        first.finish(1, "1001");
        second.takeIn(first.drainEvents());
        second.forgetOldDays();
        assertThat(second.ticket(a1.id())).isPresent();

        clock.advance(java.time.Duration.ofDays(2));
        second.forgetOldDays();
        assertThat(second.ticket(a1.id())).isEmpty();
    }
}
