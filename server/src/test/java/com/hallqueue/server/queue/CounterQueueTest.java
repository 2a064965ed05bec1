package com.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.simulate.VirtualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The waiting list a counter page shows is the order the counter really calls in. */
class CounterQueueTest {

    private final VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");
    private final QueueEngine hall = new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(7), HallRecord.empty());

    @Test
    void theListMatchesTheCallsThatFollowWithPriorityTransfersAndTheCap() {
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            hall.issue(i % 10 == 0 ? "A" : "B", random.nextInt(3) == 0, "K1");
            clock.advance(Duration.ofSeconds(30));
        }
        hall.open(1, new StaffRef("1001", "王芳"));
        hall.open(2, new StaffRef("1002", "李强"));
        hall.callNext(1, "1001");
        hall.transfer(1, "1001", null, 2);

        List<String> preview = numbers(hall.waitingFor(2, 100));
        List<String> called = new ArrayList<>();
        for (var t = hall.callNext(2, "1002"); t.isPresent(); t = hall.callNext(2, "1002")) {
            called.add(t.get().number());
            hall.finish(2, "1002");
        }
        assertThat(preview).hasSizeGreaterThan(20).isEqualTo(called);
    }

    @Test
    void itCountsEveryoneTheCounterMayServeAndListsOnlyTheFirstFew() {
        for (int i = 0; i < 12; i++) {
            hall.issue("B", false, "K1");
        }
        hall.issue("A", false, "K1");
        CounterQueue three = hall.waitingFor(3, 5);
        assertThat(three.waiting()).isEqualTo(12);
        assertThat(numbers(three)).containsExactly("B001", "B002", "B003", "B004", "B005");
        assertThat(hall.waitingFor(1, 5).waiting()).isEqualTo(1);
        assertThat(hall.waitingFor(2, 50).waiting()).isEqualTo(13);
    }

    @Test
    void theQueueTellsWhenTheLongestWaitingTicketWasIssued() {
        assertThat(hall.queue().services().get(0).oldestIssuedAt()).isNull();
        TicketView first = hall.issue("A", false, "K1");
        clock.advance(Duration.ofMinutes(5));
        hall.issue("A", true, "K1");
        assertThat(hall.queue().services().get(0).oldestIssuedAt()).isEqualTo(first.issuedAt());
    }

    private static List<String> numbers(CounterQueue q) {
        return q.next().stream().map(CounterQueue.Upcoming::number).toList();
    }
}
