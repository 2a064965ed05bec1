package com.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Halls;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A manager changes which services a counter calls while the hall runs. The weekday hall:
 * A on counters 1 and 2, B on 2 and 3; Friday 2026-11-27, 09:00 in Shanghai.
 */
class CounterServicesTest {

    private final VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");
    private final QueueEngine engine = new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(1), HallRecord.empty());

    @Test
    void aCounterThatStopsServingAServiceCallsTheOldestTicketOfTheServicesItKeeps() {
        engine.issue("A", false, "K1");
        clock.advance(java.time.Duration.ofMinutes(1));
        TicketView b = engine.issue("B", false, "K1");
        engine.open(2, new StaffRef("1002", "李强"));

        CounterView changed = engine.changeServices(2, List.of("B"), "9001");

        assertThat(changed.services()).containsExactly("B");
        assertThat(engine.callNext(2, "1002")).map(TicketView::id).contains(b.id());
        assertThat(engine.waitingFor(2, 5).waiting()).isZero();
    }

    @Test
    void aCounterGivenANewServiceCallsItsTicketsAtOnce() {
        TicketView b = engine.issue("B", false, "K1");
        engine.open(1, new StaffRef("1001", "王芳"));
        assertThat(engine.waitingFor(1, 5).waiting()).isZero();

        engine.changeServices(1, List.of("A", "B"), "9001");

        assertThat(engine.callNext(1, "1001")).map(TicketView::id).contains(b.id());
    }

    @Test
    void theTicketACounterHoldsFinishesAsUsualWhenItsServiceIsTakenAway() {
        TicketView a = engine.issue("A", false, "K1");
        engine.open(1, new StaffRef("1001", "王芳"));
        engine.callNext(1, "1001");

        engine.changeServices(1, List.of("B"), "9001");

        assertThat(engine.counterView(1).orElseThrow().ticket().id()).isEqualTo(a.id());
        assertThat(engine.finish(1, "1001").status()).isEqualTo(TicketStatus.DONE);
    }

    @Test
    void theChangeIsOneEventCarryingTheCounterTheManagerAndTheNewList() {
        engine.drainEvents();

        engine.changeServices(3, List.of("A", "B", "A"), "9001");

        HallEvent e = engine.drainEvents().get(0);
        assertThat(e.type()).isEqualTo(EventType.COUNTER_SERVICES_CHANGED);
        assertThat(e.counter().services()).containsExactly("A", "B");
        assertThat(e.staffBadge()).isEqualTo("9001");
        assertThat(e.detail()).isEqualTo("A,B");
    }

    @Test
    void servicesUnchangedRecordNothing() {
        engine.drainEvents();
        engine.changeServices(2, List.of("A", "B"), "9001");
        assertThat(engine.drainEvents()).isEmpty();
    }

    @Test
    void anEmptyListOrAnUnknownServiceIsRefusedNamingServicesAndAnUnknownCounterIsNotFound() {
        assertThatThrownBy(() -> engine.changeServices(1, List.of(), "9001"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("services"));
        assertThatThrownBy(() -> engine.changeServices(1, List.of("A", "Z"), "9001"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("services"));
        assertThatThrownBy(() -> engine.changeServices(9, List.of("A"), "9001"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        assertThat(engine.counterView(1).orElseThrow().services()).containsExactly("A");
    }

    @Test
    void anotherServerTakesInTheChangeAndCallsByIt() {
        QueueEngine other = new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(2), HallRecord.empty());
        engine.issue("A", false, "K1");
        TicketView b = engine.issue("B", false, "K1");
        engine.changeServices(2, List.of("B"), "9001");
        other.takeIn(engine.drainEvents());

        other.open(2, new StaffRef("1002", "李强"));

        assertThat(other.counterView(2).orElseThrow().services()).containsExactly("B");
        assertThat(other.callNext(2, "1002")).map(TicketView::id).contains(b.id());
    }

    @Test
    void otherEventsOfACounterDoNotUndoItsChangedServicesAtAnotherServer() {
        QueueEngine other = new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(2), HallRecord.empty());
        engine.changeServices(1, List.of("B"), "9001");
        other.takeIn(engine.drainEvents());
        // an older server of the hall, not knowing the change, opens counter 1 as its file has it
        QueueEngine older = new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(3), HallRecord.empty());
        older.open(1, new StaffRef("1001", "王芳"));
        List<HallEvent> opened = older.drainEvents().stream().map(e -> new HallEvent(2, e.type(), e.at(), e.ticket(),
                e.counter(), e.staffBadge(), e.detail(), null, null, null)).toList();

        other.takeIn(opened);

        assertThat(other.counterView(1).orElseThrow().services()).containsExactly("B");
        assertThat(other.counterView(1).orElseThrow().state()).isEqualTo(CounterState.IDLE);
    }

    @Test
    void atStartAStoredListKeepsOnlyTheServicesTheHallStillHasAndNoStoredListMeansTheFilesList() {
        HallRecord stored = new HallRecord(List.of(), List.of(
                new Counter(1, null, List.of("B", "Z"), CounterState.CLOSED, null, null, null, 0, null),
                new Counter(2, null, List.of(), CounterState.CLOSED, null, null, null, 0, null),
                new Counter(3, null, List.of("Z"), CounterState.CLOSED, null, null, null, 0, null)), 0);

        QueueEngine restarted = new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(4), stored);

        assertThat(restarted.counterView(1).orElseThrow().services()).containsExactly("B");
        assertThat(restarted.counterView(2).orElseThrow().services()).containsExactly("A", "B");
        assertThat(restarted.counterView(3).orElseThrow().services()).containsExactly("B");
    }
}
