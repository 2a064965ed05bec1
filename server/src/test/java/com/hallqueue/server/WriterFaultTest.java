package com.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.desk.DeskUnavailable;
import com.hallqueue.server.desk.HallDesk;
import com.hallqueue.server.events.EventHub;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.queue.TicketView;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.testing.CrashDisk;
import com.hallqueue.server.testing.Halls;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No single fault stops the hall: a bad request fails alone, an Error does not kill the writer, a full disk passes. */
class WriterFaultTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneOffset.UTC);
    private static final List<Integer> COUNTERS = List.of(1, 2, 3, 4, 5, 6);

    @TempDir
    Path dir;

    private HallStore store;
    private HallDesk desk;

    @AfterEach
    void stop() {
        CrashDisk.full(false);
        desk.close();
        store.close();
    }

    @Test
    void aRequestThatBreaksFailsAloneAndTheOthersInItsBatchAreCommitted() throws Exception {
        start("jdbc:h2:mem:" + java.util.UUID.randomUUID());
        List<CompletableFuture<TicketView>> batch = queuedBehindASlowRequest(e -> {
            e.issue("A", false, "K1");
            throw new IllegalStateException("a fault in the engine's own code");
        });

        assertOthersCommittedAndTheBadOneFailed(batch);
    }

    @Test
    void anErrorOnTheWritersThreadFailsItsRequestAndTheHallCarriesOn() throws Exception {
        start("jdbc:h2:mem:" + java.util.UUID.randomUUID());
        List<CompletableFuture<TicketView>> batch = queuedBehindASlowRequest(e -> {
            throw new StackOverflowError("deep");
        });

        assertOthersCommittedAndTheBadOneFailed(batch);
        assertThat(desk.health().ready()).isTrue();
    }

    @Test
    void aTextLongerThanTheStoreKeepsFailsAloneAsBadInput() throws Exception {
        start("jdbc:h2:mem:" + java.util.UUID.randomUUID());
        desk.ask(e -> e.open(1, new StaffRef("1001", "王芳"))).get(5, TimeUnit.SECONDS);
        List<CompletableFuture<TicketView>> batch = queuedBehindASlowRequest(e -> {
            e.pause(1, "1001", "原因".repeat(150));
            return null;
        });

        assertOthersCommittedAndTheBadOneFailed(batch);
        assertThat(cause(batch.get(2))).isInstanceOf(Refusal.class);
    }

    @Test
    void aFullDiskRefusesWritesAndTheHallResumesByItselfWhenSpaceReturns() throws Exception {
        CrashDisk.install();
        start("jdbc:h2:crash:" + dir.resolve("hallqueue") + ";FILE_LOCK=NO");
        String before = desk.ask(e -> e.issue("A", false, "K1")).get(5, TimeUnit.SECONDS).id();

        CrashDisk.full(true);
        assertThat(cause(desk.ask(e -> e.issue("A", false, "K1")))).isInstanceOf(DeskUnavailable.class);
        CrashDisk.full(false);
        TicketView after = eventually(() -> desk.ask(e -> e.issue("A", false, "K1")));

        assertThat(after.number()).as("the refused request left no number behind").isEqualTo("A002");
        assertThat(desk.health().ready()).isTrue();
        desk.close();
        store.close();
        start("jdbc:h2:crash:" + dir.resolve("hallqueue") + ";FILE_LOCK=NO");
        assertThat(store.ticket(before)).isPresent();
        assertThat(store.ticket(after.id())).isPresent();
    }

    private void start(String url) {
        store = HallStore.open(url);
        desk = new HallDesk(() -> new QueueEngine(Halls.demo(), CLOCK, TicketIds.secure(),
                store.load(LocalDate.parse("2026-12-02"), COUNTERS)), Hall.ledgerOf(store), new EventHub());
    }

    /** Five issues and the bad request in the middle, all queued while the writer is busy, so they form one batch. */
    private List<CompletableFuture<TicketView>> queuedBehindASlowRequest(
            java.util.function.Function<QueueEngine, TicketView> bad) {
        desk.ask(e -> {
            sleep(150);
            return null;
        });
        List<CompletableFuture<TicketView>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(i == 2 ? desk.ask(bad) : desk.ask(e -> e.issue("B", false, "K1")));
        }
        return batch;
    }

    private void assertOthersCommittedAndTheBadOneFailed(List<CompletableFuture<TicketView>> batch) throws Exception {
        for (int i = 0; i < batch.size(); i++) {
            if (i == 2) {
                assertThat(cause(batch.get(i))).isNotNull();
            } else {
                TicketView t = batch.get(i).get(10, TimeUnit.SECONDS);
                assertThat(store.ticket(t.id())).as("committed: %s", t.number()).isPresent();
            }
        }
        TicketView next = desk.ask(e -> e.issue("B", false, "K1")).get(5, TimeUnit.SECONDS);
        assertThat(next.number()).isEqualTo("B005");
    }

    private static Throwable cause(CompletableFuture<?> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static TicketView eventually(java.util.function.Supplier<CompletableFuture<TicketView>> attempt)
            throws Exception {
        for (int i = 0; ; i++) {
            try {
                return attempt.get().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (i > 100 || !(e.getCause() instanceof DeskUnavailable)) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
