package com.hallqueue.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.Ticket;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.simulate.VirtualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal brings back commits the database lost, and nothing else. */
class JournalTest {

    @TempDir
    Path dir;

    @Test
    void commitsTheDatabaseLostAreRecoveredFromTheJournalAtStart() throws Exception {
        List<HallEvent> events = dayOfWork();
        try (Journal journal = Journal.open(dir.resolve("hallqueue.journal"))) {
            journal.append(events);
        }
        // a line cut short by a kill: never acknowledged, must be skipped
        Files.writeString(dir.resolve("hallqueue.journal"), "{\"seq\":99,\"type\":\"TICK", StandardOpenOption.APPEND);
        try (HallStore store = HallStore.open("jdbc:h2:file:" + dir.resolve("hallqueue") + ";WRITE_DELAY=0")) {
            HallRecord record = store.load(LocalDate.parse("2026-11-26"), List.of(1, 2, 3, 4, 5, 6));
            assertThat(record.tickets()).extracting(Ticket::number).containsExactlyInAnyOrder("A001", "A002");
            assertThat(record.lastSeq()).isEqualTo(events.get(events.size() - 1).seq());
            assertThat(record.counters().get(0).ticketId()).as("counter 1 holds the called ticket")
                    .isEqualTo(events.get(3).ticket().id());
        }
        assertThat(Files.size(dir.resolve("hallqueue.journal"))).as("emptied once on disk").isZero();
    }

    @Test
    void eventsAlreadyInTheDatabaseAreNotCommittedTwice() {
        String url = "jdbc:h2:file:" + dir.resolve("hallqueue") + ";WRITE_DELAY=0";
        List<HallEvent> events = dayOfWork();
        try (HallStore store = HallStore.open(url)) {
            store.commit(events);
        }
        try (Journal journal = Journal.open(dir.resolve("hallqueue.journal"))) {
            journal.append(events);
        }
        try (HallStore store = HallStore.open(url)) {
            assertThat(store.load(LocalDate.parse("2026-11-26"), List.of(1)).tickets()).hasSize(2);
        }
    }

    private static List<HallEvent> dayOfWork() {
        QueueEngine hall = new QueueEngine(Halls.demo(), VirtualClock.at("2026-11-27T01:00:00Z"), TicketIds.seeded(4),
                HallRecord.empty());
        hall.issue("A", false, "K1");
        hall.issue("A", false, "K1");
        hall.open(1, new StaffRef("1001", "王芳"));
        hall.callNext(1, "1001");
        return hall.drainEvents();
    }
}
