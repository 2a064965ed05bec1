package com.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Halls;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 当日号当日有效: the demo hall, open all day in Shanghai; 16:00 on 2026-12-03, then the next morning. */
class DayEndTest {

    private static final StaffRef WANG = new StaffRef("1001", "王芳");
    private final VirtualClock clock = VirtualClock.at("2026-12-03T08:00:00Z");
    private final QueueEngine hall = new QueueEngine(Halls.demo(), clock, TicketIds.seeded(3), HallRecord.empty());

    @Test
    void ticketsStillWaitingAtMidnightExpireAndTheNextMorningStartsAtA001WithNobodyAhead() {
        hall.issue("A", false, "K1");
        hall.issue("A", false, "K1");
        hall.issue("A", false, "K1");
        nextMorningAt("2026-12-04T01:00:00Z");

        List<TicketView> expired = hall.expireEndedDays();

        assertThat(expired).extracting(TicketView::number).containsExactly("A001", "A002", "A003");
        assertThat(expired).extracting(TicketView::status).containsOnly(TicketStatus.EXPIRED);
        TicketView first = hall.issue("A", false, "K1");
        assertThat(first.number()).isEqualTo("A001");
        assertThat(first.ahead()).isZero();
    }

    @Test
    void aCounterCallsTodaysTicketNeverYesterdays() {
        String yesterdays = hall.issue("A", false, "K1").id();
        nextMorningAt("2026-12-04T01:00:00Z");
        hall.expireEndedDays();
        TicketView today = hall.issue("A", false, "K1");
        hall.open(1, WANG);

        assertThat(hall.callNext(1, "1001")).map(TicketView::id).contains(today.id());
        assertThat(hall.ticket(yesterdays)).map(TicketView::status).contains(TicketStatus.EXPIRED);
    }

    @Test
    void aTicketCalledButNotYetStartedExpiresAndFreesItsCounter() {
        hall.issue("A", false, "K1");
        hall.open(1, WANG);
        hall.callNext(1, "1001");
        nextMorningAt("2026-12-04T00:00:01Z");

        hall.expireEndedDays();

        assertThat(hall.counterView(1)).map(CounterView::state).contains(CounterState.IDLE);
        assertThat(hall.counterView(1).orElseThrow().ticket()).isNull();
    }

    @Test
    void aTicketBeingServedAtMidnightIsServedToTheEnd() {
        TicketView serving = hall.issue("A", false, "K1");
        hall.open(1, WANG);
        hall.callNext(1, "1001");
        hall.start(1, "1001");
        nextMorningAt("2026-12-04T00:00:01Z");

        assertThat(hall.expireEndedDays()).isEmpty();
        assertThat(hall.finish(1, "1001").status()).isEqualTo(TicketStatus.DONE);
        assertThat(hall.ticket(serving.id())).map(TicketView::status).contains(TicketStatus.DONE);
    }

    @Test
    void eachExpiryIsAnEventSoTheScreensAndTheStoreHearOfIt() {
        hall.issue("B", false, "K1");
        hall.drainEvents();
        nextMorningAt("2026-12-04T01:00:00Z");

        hall.expireEndedDays();

        assertThat(hall.drainEvents()).extracting(HallEvent::type).containsExactly(EventType.TICKET_EXPIRED);
    }

    @Test
    void theSameDayIsCheckedOnceAndTodaysTicketsNeverExpire() {
        hall.issue("A", false, "K1");
        assertThat(hall.expireEndedDays()).isEmpty();
        assertThat(hall.expireEndedDays()).isEmpty();
        assertThat(hall.queue().services()).anySatisfy(s -> assertThat(s.waiting()).isEqualTo(1));
    }

    /** Shanghai is UTC+8: its hall day changes at 16:00 UTC, so 00:00 UTC is already 08:00 the next day. */
    private void nextMorningAt(String instant) {
        clock.set(Instant.parse(instant));
    }
}
