package com.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.desk.HallDesk;
import com.hallqueue.server.events.EventHub;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.Ticket;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.queue.TicketStatus;
import com.hallqueue.server.queue.TicketView;
import com.hallqueue.server.retries.Answer;
import com.hallqueue.server.retries.KeptAnswer;
import com.hallqueue.server.retries.RetryKey;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.testing.CrashDisk;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Halls;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hall's files on a disk that loses its power six hundred times (more with {@code
 * -Dhallqueue.powerCuts=N}; the whole suite must stay quick on two cores), at random moments
 * while kiosks issue and a counter calls: each cut drops every write not yet forced, or
 * keeps some of them in order with the last torn. After each cut the hall starts again on
 * what is left. Every ticket, call and kept retry answer acknowledged before a cut is
 * there after it, and no number is issued twice.
 */
class PowerCutTest {

    private static final int CUTS = Integer.getInteger("hallqueue.powerCuts", 600);
    private static final List<Integer> COUNTERS = List.of(1, 2, 3, 4, 5, 6);
    private static final HallConfig HALL = Halls.demo();
    /** Half an hour of the hall's day passes between two cuts, so the days also end under the cuts. */
    private static final java.time.Duration BETWEEN_CUTS = java.time.Duration.ofMinutes(30);
    private static final java.time.ZoneId ZONE = HALL.zone();

    private final VirtualClock clock = VirtualClock.at("2026-12-03T00:00:00Z");

    private static final ExecutorService ABANDON = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "abandoned-hall");
        t.setDaemon(true);
        return t;
    });

    @TempDir
    Path root;

    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** What was acknowledged since the hall last started, checked after the next cut. */
    private final Map<String, String> sinceLastStart = new ConcurrentHashMap<>();
    private final Set<String> calledAcknowledged = ConcurrentHashMap.newKeySet();
    private final Map<RetryKey, String> keptBodies = new ConcurrentHashMap<>();
    /** What the last cut kept and lost of each file, for the message of a failure. */
    private String lastCut = "";

    @BeforeAll
    static void installTheDisk() {
        CrashDisk.install();
        // Small generations, so cuts also land around checkpoints and journal rotations.
        System.setProperty("hallqueue.journal.rotateBytes", Long.toString(96 * 1024));
    }

    @AfterAll
    static void stopAbandoned() {
        System.clearProperty("hallqueue.journal.rotateBytes");
        ABANDON.shutdownNow();
    }

    /** A hall that locks up under a cut fails here rather than holding up the suite. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyAcknowledgedChangeSurvivesAThousandPowerCutsAndNoNumberRepeats() throws Exception {
        Random random = new Random(20261204L);
        long[] spent = new long[4];
        for (int cut = 0; cut <= CUTS; cut++) {
            long t0 = System.nanoTime();
            String dir = root.resolve("boot" + cut).toString();
            if (cut > 0) {
                copyWhatSurvived(root.resolve("boot" + (cut - 1)), Path.of(dir));
            }
            HallStore store = startAfter(cut, dir);
            long t1 = System.nanoTime();
            HallDesk desk;
            long t2;
            try {
                assertEverythingAcknowledgedIsThere(store, cut);
                if (cut == CUTS) {
                    assertNoNumberRepeats(store);
                    store.close();
                    break;
                }
                clock.advance(BETWEEN_CUTS);
                desk = startDesk(store);
                t2 = System.nanoTime();
                assertKeptAnswersReplay(desk, random);
            } catch (RuntimeException e) {
                throw new AssertionError("the hall failed after cut " + cut + " (" + lastCut + ")", e);
            }
            long t3 = System.nanoTime();
            workUntilThePowerFails(desk, dir, random);
            spent[0] += t1 - t0;
            spent[1] += t2 - t1;
            spent[2] += t3 - t2;
            spent[3] += System.nanoTime() - t3;
            ABANDON.execute(() -> abandon(desk, store));
        }
        System.out.printf("power cuts: %d; ms spent opening %d, checking %d, starting %d, working %d; %d acknowledged%n",
                CUTS, spent[0] / 1_000_000, spent[1] / 1_000_000, spent[2] / 1_000_000, spent[3] / 1_000_000,
                acknowledged.size());
        assertThat(acknowledged).as("the kiosks got answers between the cuts").hasSizeGreaterThan(CUTS);
    }

    private HallDesk startDesk(HallStore store) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        return new HallDesk(() -> new QueueEngine(HALL, clock, TicketIds.secure(),
                store.load(today.minusDays(1), COUNTERS)), Hall.ledgerOf(store), new EventHub());
    }

    /** The hall always starts again on what a cut left; if it cannot, the message says what the cut did. */
    private HallStore startAfter(int cut, String dir) {
        try {
            // H2 reuses the space of old versions at once here, as it does in a hall that has run a minute.
            return HallStore.open("jdbc:h2:crash:" + dir
                    + "/hallqueue;FILE_LOCK=NO;CACHE_SIZE=2048;RETENTION_TIME=0");
        } catch (RuntimeException e) {
            throw new AssertionError("the hall did not start after cut " + cut + " (" + lastCut + ")", e);
        }
    }

    private void workUntilThePowerFails(HallDesk desk, String dir, Random random) throws Exception {
        AtomicBoolean on = new AtomicBoolean(true);
        Semaphore inFlight = new Semaphore(24);
        desk.ask(e -> e.counterView(1).filter(c -> c.staff() != null).isPresent() ? null
                : e.open(1, new StaffRef("1001", "王芳"))).get(5, TimeUnit.SECONDS);
        long seed = random.nextLong();
        int before = acknowledged.size();
        Thread kiosks = new Thread(() -> load(desk, on, inFlight, new Random(seed)), "kiosks");
        kiosks.start();
        // Somewhere after a few answers, in the middle of whatever the hall is doing then.
        int answers = random.nextInt(24);
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (acknowledged.size() < before + answers && System.nanoTime() < giveUp) {
            Thread.sleep(0, 200_000);
        }
        java.util.concurrent.locks.LockSupport.parkNanos(random.nextInt(2_000_000));
        lastCut = CrashDisk.powerCut(dir, random);
        on.set(false);
        kiosks.join();
    }

    private void load(HallDesk desk, AtomicBoolean on, Semaphore inFlight, Random random) {
        for (int i = 0; on.get(); i++) {
            try {
                if (!inFlight.tryAcquire(1, TimeUnit.MILLISECONDS)) {
                    continue;
                }
            } catch (InterruptedException e) {
                return;
            }
            CompletableFuture<?> f = switch (i % 7) {
                case 3 -> keyedIssue(desk, random);
                case 5 -> desk.ask(e -> e.callNext(1, "1001")).thenAccept(t -> t.ifPresent(
                        v -> calledAcknowledged.add(v.id())));
                case 6 -> desk.ask(e -> e.finish(1, "1001"));
                default -> desk.ask(e -> e.issue(random.nextBoolean() ? "A" : "B", false, "K1"))
                        .thenAccept(t -> acknowledge(t.id(), t.number()));
            };
            f.whenComplete((ok, failed) -> inFlight.release());
        }
    }

    private void acknowledge(String id, String number) {
        acknowledged.put(id, number);
        sinceLastStart.put(id, number);
    }

    private CompletableFuture<?> keyedIssue(HallDesk desk, Random random) {
        RetryKey key = new RetryKey("kiosk:K1", "k" + random.nextLong(), "issue-A");
        return desk.askOnce(key, e -> answer(e.issue("A", false, "K1"))).thenAccept(a -> {
            String body = new String(a.body(), StandardCharsets.UTF_8);
            keptBodies.put(key, body);
            acknowledge(body.split(";")[0], body.split(";")[1]);
        });
    }

    private static Answer answer(TicketView t) {
        byte[] body = (t.id() + ";" + t.number()).getBytes(StandardCharsets.UTF_8);
        return new KeptAnswer(null, 201, "text/plain", body, Instant.EPOCH);
    }

    /**
     * Every ticket acknowledged before the last cut, each with its number: those of the last
     * run against the days they can belong to, one read a day; at the end, all of them. The
     * calls acknowledged in the last run, a few of them, are no longer waiting.
     */
    private void assertEverythingAcknowledgedIsThere(HallStore store, int cut) {
        Map<String, String> stored = cut == CUTS ? everyTicketNumber(store) : lastTwoDays(store);
        Map<String, String> expected = cut == CUTS ? acknowledged : Map.copyOf(sinceLastStart);
        expected.forEach((id, number) -> assertThat(stored.get(id))
                .as("ticket %s after cut %d (%s)", number, cut, lastCut).isEqualTo(number));
        sinceLastStart.clear();
        calledAcknowledged.stream().limit(4).forEach(id -> assertThat(store.ticket(id))
                .as("a called ticket after cut %d", cut).map(Ticket::status)
                .isNotEqualTo(java.util.Optional.of(TicketStatus.WAITING)));
        calledAcknowledged.clear();
    }

    /** The tickets of today and yesterday by the hall's clock: the last run issued only these. */
    private Map<String, String> lastTwoDays(HallStore store) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        Map<String, String> both = new java.util.HashMap<>(store.ticketNumbers(today.minusDays(1)));
        both.putAll(store.ticketNumbers(today));
        return both;
    }

    /** A retry after the cut gets the first answer back: the same ticket, never a second one. */
    private void assertKeptAnswersReplay(HallDesk desk, Random random) throws Exception {
        List<RetryKey> keys = new ArrayList<>(keptBodies.keySet());
        for (int i = 0; i < Math.min(3, keys.size()); i++) {
            RetryKey key = keys.get(random.nextInt(keys.size()));
            Answer again = desk.askOnce(key, e -> answer(e.issue("A", false, "K1"))).get(5, TimeUnit.SECONDS);
            assertThat(again).isInstanceOf(KeptAnswer.class);
            assertThat(new String(again.body(), StandardCharsets.UTF_8)).isEqualTo(keptBodies.get(key));
        }
    }

    private Map<String, String> everyTicketNumber(HallStore store) {
        Map<String, String> all = new java.util.HashMap<>();
        LocalDate last = LocalDate.ofInstant(clock.instant(), ZONE);
        for (LocalDate day = LocalDate.parse("2026-12-03"); !day.isAfter(last); day = day.plusDays(1)) {
            all.putAll(store.ticketNumbers(day));
        }
        return all;
    }

    private void assertNoNumberRepeats(HallStore store) {
        LocalDate last = LocalDate.ofInstant(clock.instant(), ZONE);
        int daysWithTickets = 0;
        for (LocalDate day = LocalDate.parse("2026-12-03"); !day.isAfter(last); day = day.plusDays(1)) {
            List<String> numbers = List.copyOf(store.ticketNumbers(day).values());
            assertThat(numbers).as("numbers of %s", day).doesNotHaveDuplicates();
            daysWithTickets += numbers.isEmpty() ? 0 : 1;
        }
        assertThat(daysWithTickets).as("the cuts spanned several hall days").isGreaterThan(1);
    }

    /** The files as the cut left them, under a new name, so nothing of the old hall's H2 instance is reused. */
    private static void copyWhatSurvived(Path from, Path to) throws Exception {
        Files.move(from, to);
    }

    private static void abandon(HallDesk desk, HallStore store) {
        desk.close();
        try {
            store.close();
        } catch (RuntimeException expected) {
            // the power is off: closing cannot write anything
        }
    }
}
