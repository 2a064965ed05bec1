package com.hallqueue.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal brings back commits the database lost, and nothing else; it reads its records
 * as checked bytes, cuts off a torn tail and refuses to drop good records after damage.
 */
class JournalTest {

    @TempDir
    Path dir;

    @Test
    void commitsTheDatabaseLostAreRecoveredFromTheJournalAtStart() throws Exception {
        List<HallEvent> events = dayOfWork();
        try (Journal journal = Journal.open(journalPath())) {
            journal.append(new Batch(events, List.of()));
        }
        // a record cut short by a crash in the middle of a Chinese name: never acknowledged
        byte[] whole = frameOf(dayOfWork().subList(0, 3));
        int name = new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1)
                .indexOf(new String("王".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
        byte[] torn = Arrays.copyOf(whole, name + 1);
        Files.write(dir.resolve("hallqueue.journal"), torn, StandardOpenOption.APPEND);
        try (HallStore store = HallStore.open("jdbc:h2:file:" + dir.resolve("hallqueue") + ";WRITE_DELAY=0")) {
            HallRecord record = store.load(LocalDate.parse("2026-11-26"), List.of(1, 2, 3, 4, 5, 6));
            assertThat(record.tickets()).extracting(Ticket::number).containsExactlyInAnyOrder("A001", "A002");
            assertThat(record.lastSeq()).isEqualTo(events.get(events.size() - 1).seq());
            assertThat(record.counters().get(0).ticketId()).as("counter 1 holds the called ticket")
                    .isEqualTo(events.get(3).ticket().id());
        }
        assertThat(Files.size(dir.resolve("hallqueue.journal"))).as("kept until a checkpoint, torn tail cut off")
                .isEqualTo(frameOf(events).length);
    }

    @Test
    void eventsAlreadyInTheDatabaseAreNotCommittedTwice() {
        String url = "jdbc:h2:file:" + dir.resolve("hallqueue") + ";WRITE_DELAY=0";
        List<HallEvent> events = dayOfWork();
        try (HallStore store = HallStore.open(url)) {
            store.commit(events);
        }
        try (Journal journal = Journal.open(journalPath())) {
            journal.append(new Batch(events, List.of()));
        }
        try (HallStore store = HallStore.open(url)) {
            assertThat(store.load(LocalDate.parse("2026-11-26"), List.of(1)).tickets()).hasSize(2);
        }
    }

    @Test
    void aTornLastRecordIsCutOffAndTheStartGoesOn() throws Exception {
        List<HallEvent> events = dayOfWork();
        try (Journal journal = Journal.open(journalPath())) {
            journal.append(new Batch(events.subList(0, 2), List.of()));
            journal.append(new Batch(events.subList(2, 4), List.of()));
        }
        long whole = Files.size(dir.resolve("hallqueue.journal"));
        for (int cut = 1; cut < 40; cut += 7) {
            Files.write(dir.resolve("hallqueue.journal"), Arrays.copyOf(frameOf(events), cut), StandardOpenOption.APPEND);
            try (Journal journal = Journal.open(journalPath())) {
                assertThat(journal.read()).hasSize(2);
            }
            assertThat(Files.size(dir.resolve("hallqueue.journal"))).as("cut back to the whole records").isEqualTo(whole);
        }
    }

    @Test
    void aDamagedRecordWithGoodOnesAfterItStopsTheStartNamingTheFileAndOffset() throws Exception {
        List<HallEvent> events = dayOfWork();
        try (Journal journal = Journal.open(journalPath())) {
            journal.append(new Batch(events.subList(0, 2), List.of()));
            journal.append(new Batch(events.subList(2, 4), List.of()));
        }
        byte[] bytes = Files.readAllBytes(dir.resolve("hallqueue.journal"));
        bytes[20] ^= 0x01; // a flipped bit inside the first record
        Files.write(dir.resolve("hallqueue.journal"), bytes);
        try (Journal journal = Journal.open(journalPath())) {
            assertThatThrownBy(journal::read).isInstanceOf(StoreException.class)
                    .hasMessageContaining("hallqueue.journal").hasMessageContaining("at byte 0")
                    .hasMessageContaining("good records after it");
        }
        assertThat(Files.readAllBytes(dir.resolve("hallqueue.journal"))).as("nothing dropped").isEqualTo(bytes);
    }

    @Test
    void aRecordWrittenByANewerVersionWithFieldsThisOneDoesNotKnowStillReads() throws Exception {
        String newer = "{\"events\":[{\"seq\":1,\"type\":\"COUNTER_OPENED\",\"at\":\"2026-11-27T01:00:00Z\","
                + "\"counter\":{\"number\":1,\"name\":\"1号窗口\",\"services\":[\"A\"],\"state\":\"IDLE\","
                + "\"since\":\"2026-11-27T01:00:00Z\",\"mood\":\"calm\"},\"staffBadge\":\"1001\","
                + "\"futureField\":42}],\"answers\":[],\"signedBy\":\"v9\"}";
        byte[] payload = newer.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.ByteBuffer frame = JournalFrames.frame(payload);
        Files.write(dir.resolve("hallqueue.journal"), Arrays.copyOf(frame.array(), frame.limit()));
        try (Journal journal = Journal.open(journalPath())) {
            List<Batch> read = journal.read();
            assertThat(read).hasSize(1);
            assertThat(read.get(0).events().get(0).staffBadge()).isEqualTo("1001");
        }
    }

    @Test
    void aCheckpointStartsANewGenerationAndTheOneBeforeIsStillReadUntilTheNext() {
        List<HallEvent> events = dayOfWork();
        try (Journal journal = Journal.open(journalPath())) {
            journal.append(new Batch(events.subList(0, 2), List.of()));
            journal.rotate();
            journal.append(new Batch(events.subList(2, 3), List.of()));
            assertThat(journal.read()).hasSize(2);
            journal.rotate();
            journal.append(new Batch(events.subList(3, 4), List.of()));
            assertThat(journal.read()).extracting(b -> b.events().get(0).seq())
                    .containsExactly(events.get(2).seq(), events.get(3).seq());
        }
    }

    @Test
    void aToolThatCommitsBatchAfterBatchStartsTheJournalAfreshAsItGrows() {
        String url = "jdbc:h2:file:" + dir.resolve("hallqueue") + ";WRITE_DELAY=0";
        List<HallEvent> events = dayOfWork();
        System.setProperty("hallqueue.journal.rotateBytes", "1");
        try (HallStore store = HallStore.open(url)) {
            events.forEach(e -> store.commit(List.of(e)));
        } finally {
            System.clearProperty("hallqueue.journal.rotateBytes");
        }
        try (Journal journal = Journal.open(journalPath())) {
            assertThat(journal.read()).as("the generation before and the current one, each a batch at most")
                    .hasSizeLessThanOrEqualTo(2);
        }
        try (HallStore store = HallStore.open(url)) {
            assertThat(store.load(LocalDate.parse("2026-11-26"), List.of(1)).tickets()).hasSize(2);
        }
    }

    private String journalPath() {
        return dir.resolve("hallqueue.journal").toString();
    }

    private static byte[] frameOf(List<HallEvent> events) {
        java.nio.ByteBuffer frame = JournalFrames.frame(EventCodec.encodeBatch(new Batch(events, List.of())));
        return Arrays.copyOf(frame.array(), frame.limit());
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
