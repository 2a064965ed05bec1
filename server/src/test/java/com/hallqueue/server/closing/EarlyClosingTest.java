package com.hallqueue.server.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hallqueue.server.queue.CounterState;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Halls;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 不提前结束营业 on the weekday hall (A on counters 1 and 2, B on 2 and 3; 08:30–17:30, tickets
 * until 17:00, Shanghai), Friday 2026-11-27.
 */
class EarlyClosingTest {

    private final VirtualClock clock = VirtualClock.at("2026-11-27T02:00:00Z");   // 10:00
    private final QueueEngine hall = new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(1), HallRecord.empty());

    @Test
    void closingTheOnlyOpenCounterForAWaitingCitizenBeforeClosingTimeAsksForAReason() {
        hall.open(1, staff(1));
        hall.issue("A", false, "K1");
        Refusal refused = catchThrowableOfType(Refusal.class, () -> hall.closeAsking(1, "1001", null));
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.reason()).isEqualTo("early-close");
        assertThat(refused.getMessage()).contains("仍有1位").contains("1 waiting citizen");
        assertThat(hall.counterView(1).orElseThrow().state()).isEqualTo(CounterState.IDLE);
    }

    @Test
    void withAReasonTheCounterClosesAndTheEarlyCloseIsRecordedWithIt() {
        hall.open(1, staff(1));
        hall.issue("A", false, "K1");
        hall.close(1, "1001", "  身体不适 / Taken ill ");
        assertThat(hall.counterView(1).orElseThrow().state()).isEqualTo(CounterState.CLOSED);
        List<HallEvent> events = hall.drainEvents();
        HallEvent last = events.get(events.size() - 1);
        assertThat(events.get(events.size() - 2).type()).isEqualTo(EventType.COUNTER_CLOSED);
        assertThat(last.type()).isEqualTo(EventType.COUNTER_CLOSED_EARLY);
        assertThat(last.detail()).isEqualTo("身体不适 / Taken ill");
        assertThat(last.staffBadge()).isEqualTo("1001");
        assertThat(last.counter().number()).isEqualTo(1);
    }

    @Test
    void aCloseThatDoesNotAskClosesAsItAlwaysDidAndIsReportedAsEarlyWithoutAReason() {
        hall.open(1, staff(1));
        hall.issue("A", false, "K1");
        hall.close(1, "1001");
        assertThat(hall.counterView(1).orElseThrow().state()).isEqualTo(CounterState.CLOSED);
        List<HallEvent> events = hall.drainEvents();
        HallEvent last = events.get(events.size() - 1);
        assertThat(last.type()).isEqualTo(EventType.COUNTER_CLOSED_EARLY);
        assertThat(last.detail()).isEqualTo("未说明原因 / No reason given");
    }

    @Test
    void aCounterClosesWithoutAReasonWhenAnotherOpenCounterServesTheWaitingAndRecordsNothing() {
        hall.open(1, staff(1));
        hall.open(2, staff(2));
        hall.pause(2, "1002", "临时离开");   // paused is still open: it will call again
        hall.issue("A", false, "K1");
        hall.close(1, "1001");
        assertThat(hall.drainEvents()).extracting(HallEvent::type).doesNotContain(EventType.COUNTER_CLOSED_EARLY);
    }

    @Test
    void aCitizenTransferredToThisCounterCanOnlyBeServedHere() {
        hall.open(1, staff(1));
        hall.open(2, staff(2));
        hall.issue("A", false, "K1");
        hall.callNext(2, "1002");
        hall.transfer(2, "1002", null, 1);
        Refusal refused = catchThrowableOfType(Refusal.class, () -> hall.closeAsking(1, "1001", "  "));
        assertThat(refused.reason()).isEqualTo("early-close");
    }

    @Test
    void afterClosingTimeTheLastCounterClosesWithoutAReason() {
        hall.open(1, staff(1));
        clock.set(Instant.parse("2026-11-27T08:50:00Z"));   // 16:50
        hall.issue("A", false, "K1");
        clock.set(Instant.parse("2026-11-27T09:30:00Z"));   // 17:30, closing time
        hall.close(1, "1001");
        assertThat(hall.drainEvents()).extracting(HallEvent::type).doesNotContain(EventType.COUNTER_CLOSED_EARLY);
    }

    @Test
    void aReasonLongerThan100CharactersIsBadInputNamingTheField() {
        hall.open(1, staff(1));
        Refusal refused = catchThrowableOfType(Refusal.class, () -> hall.close(1, "1001", "长".repeat(101)));
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
        assertThat(refused.field()).isEqualTo("reason");
    }

    private static StaffRef staff(int counter) {
        return new StaffRef("100" + counter, "员工" + counter);
    }
}
