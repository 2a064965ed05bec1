package com.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.desk.HallDesk;
import com.hallqueue.server.events.EventHub;
import com.hallqueue.server.events.Snapshot;
import com.hallqueue.server.events.Subscriber;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.Postgres;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The news of another server's commits on one PostgreSQL database: a server's screens are
 * told every change once and in commit order, also when the notification never came.
 */
class SharedHallNewsTest {

    private static final List<Integer> COUNTERS = List.of(1, 2, 3, 4, 5, 6);

    private final String db = Postgres.freshSchema();
    private final HallStore elsewhere = HallStore.open(db);
    private final HallStore here = HallStore.open(db);
    private final EventHub hub = new EventHub();
    private final HallDesk desk = new HallDesk(() -> new QueueEngine(Halls.demo(), Clock.systemUTC(),
            TicketIds.secure(), here.load(LocalDate.now().minusDays(1), COUNTERS)), Hall.ledgerOf(here), hub);
    private final AutoCloseable bell = here.listen(desk::catchUp);
    private final Screen screen = new Screen();

    @AfterEach
    void close() throws Exception {
        bell.close();
        desk.close();
        here.close();
        elsewhere.close();
    }

    @Test
    void commitsWhoseNotificationNeverCameStillReachTheScreensInOrderAtTheSafetyRing() throws Exception {
        desk.follow(screen).get(5, TimeUnit.SECONDS);
        QueueEngine other = engine(elsewhere);
        other.issue("A", false, "K1");
        other.issue("B", false, "K1");
        other.issue("A", false, "K1");
        elsewhere.commit(other.drainEvents()); // a plain commit sends no notification

        screen.awaitSeq(3, 7500); // the bell's safety ring comes every 5 s
        assertThat(screen.seqs()).containsExactly(1L, 2L, 3L);
        assertThat(screen.events.get(2).ticketView().number()).isEqualTo("A002");
    }

    @Test
    void notifiedCommitsArriveOnceEachEvenWhenTheBellRingsOften() throws Exception {
        desk.follow(screen).get(5, TimeUnit.SECONDS);
        QueueEngine other = engine(elsewhere);
        for (int i = 0; i < 20; i++) {
            elsewhere.write(other.lastSeq(), List.of(), (theirs, kept) -> {
                other.takeIn(theirs);
                other.issue("A", false, "K1");
                return new com.hallqueue.server.store.Batch(other.drainEvents(), List.of());
            });
            desk.catchUp();
        }
        screen.awaitSeq(20, 3000);
        assertThat(screen.seqs()).hasSize(20).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aCallHereAfterTheOtherServersIssueTakesTheirTicket() throws Exception {
        QueueEngine other = engine(elsewhere);
        String id = other.issue("A", false, "K1").id();
        elsewhere.commit(other.drainEvents());
        var called = desk.ask(e -> {
            e.open(1, new StaffRef("1001", "王芳"));
            return e.callNext(1, "1001");
        }).get(5, TimeUnit.SECONDS);
        assertThat(called).map(t -> t.id()).contains(id);
    }

    private static QueueEngine engine(HallStore store) {
        return new QueueEngine(Halls.demo(), Clock.systemUTC(), TicketIds.secure(),
                store.load(LocalDate.now().minusDays(1), COUNTERS));
    }

    /** A screen that keeps what it is told. */
    private static final class Screen implements Subscriber {
        final List<HallEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void snapshot(Snapshot snapshot) {
        }

        @Override
        public void event(HallEvent event) {
            events.add(event);
        }

        List<Long> seqs() {
            return events.stream().map(HallEvent::seq).toList();
        }

        void awaitSeq(long seq, long millis) throws InterruptedException {
            long end = System.currentTimeMillis() + millis;
            while (System.currentTimeMillis() < end && events.stream().noneMatch(e -> e.seq() >= seq)) {
                Thread.sleep(10);
            }
        }
    }
}
