package com.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.desk.HallDesk;
import com.hallqueue.server.events.EventHub;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.store.AuditEntry;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.store.StoredSession;
import com.hallqueue.server.testing.CrashDisk;
import com.hallqueue.server.testing.Halls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff log in, log out and leave lines in the audit trail while the kiosks issue, and the
 * power fails at random moments: every login that was answered still opens the counter
 * after the restart, every logout stays ended, and every audit line is there.
 */
class LoginPowerCutTest {

    private static final int CUTS = 50;
    private static final HallConfig HALL = Halls.demo();

    @TempDir
    Path root;

    private final VirtualClock clock = VirtualClock.at("2026-12-03T01:00:00Z");
    /** Sessions answered, by token hash, with whether their logout was answered too. */
    private final Map<String, Boolean> answered = new ConcurrentHashMap<>();
    private final Set<AuditEntry> audited = ConcurrentHashMap.newKeySet();
    /** Logouts sent whose answer the cut may have taken: the store may hold either state. */
    private final Set<String> loggingOut = ConcurrentHashMap.newKeySet();
    private String lastCut = "";

    @BeforeAll
    static void installTheDisk() {
        CrashDisk.install();
        System.setProperty("hallqueue.journal.rotateBytes", Long.toString(32 * 1024));
    }

    @AfterAll
    static void smallGenerationsNoMore() {
        System.clearProperty("hallqueue.journal.rotateBytes");
    }

    /** A hall that locks up under a cut fails here rather than holding up the suite. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void answeredLoginsLogoutsAndAuditLinesSurviveEveryPowerCut() throws Exception {
        Random random = new Random(20261205L);
        for (int cut = 0; cut <= CUTS; cut++) {
            String dir = root.resolve("boot" + cut).toString();
            if (cut > 0) {
                Files.move(root.resolve("boot" + (cut - 1)), Path.of(dir));
            }
            // H2 reuses the space of old versions at once here, as it does in a hall that has run a minute.
            HallStore store = HallStore.open("jdbc:h2:crash:" + dir
                    + "/hallqueue;FILE_LOCK=NO;CACHE_SIZE=2048;RETENTION_TIME=0");
            assertEverythingAnsweredIsThere(store, cut);
            if (cut == CUTS) {
                store.close();
                break;
            }
            HallDesk desk = new HallDesk(() -> new QueueEngine(HALL, clock, TicketIds.secure(),
                    store.load(LocalDate.parse("2026-12-03"), List.of(1, 2, 3, 4, 5, 6))), Hall.ledgerOf(store),
                    new EventHub());
            workUntilThePowerFails(store, desk, dir, random);
            desk.close();
        }
        assertThat(answered).as("logins were answered between the cuts").hasSizeGreaterThan(CUTS);
        assertThat(answered).as("some were logged out").containsValue(true);
    }

    private void assertEverythingAnsweredIsThere(HallStore store, int cut) {
        answered.forEach((hash, loggedOut) -> {
            Optional<StoredSession> kept = store.session(hash);
            assertThat(kept).as("session %s after cut %d (%s)", hash, cut, lastCut).isPresent();
            if (loggedOut || !loggingOut.contains(hash)) {
                assertThat(kept.get().revoked()).as("session %s ended after cut %d", hash, cut).isEqualTo(loggedOut);
            }
            answered.put(hash, kept.get().revoked());
        });
        loggingOut.clear();
        List<AuditEntry> trail = store.audit(Instant.EPOCH, clock.instant().plusSeconds(1));
        assertThat(trail).as("the audit trail after cut %d (%s)", cut, lastCut).containsAll(audited);
    }

    private void workUntilThePowerFails(HallStore store, HallDesk desk, String dir, Random random)
            throws Exception {
        AtomicBoolean on = new AtomicBoolean(true);
        long seed = random.nextLong();
        Thread kiosk = new Thread(() -> issue(desk, on), "kiosk");
        Thread staff = new Thread(() -> logInAndOut(store, on, new Random(seed)), "staff");
        kiosk.start();
        staff.start();
        int before = answered.size();
        int logins = 1 + random.nextInt(6);
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (answered.size() < before + logins && System.nanoTime() < giveUp) {
            Thread.sleep(0, 200_000);
        }
        java.util.concurrent.locks.LockSupport.parkNanos(random.nextInt(2_000_000));
        lastCut = CrashDisk.powerCut(dir, random);
        on.set(false);
        staff.join();
        kiosk.join();
        try {
            store.close();
        } catch (RuntimeException expected) {
            // the power is off: closing cannot write anything
        }
    }

    private void issue(HallDesk desk, AtomicBoolean on) {
        while (on.get()) {
            try {
                desk.ask(e -> e.issue("A", false, "K1")).get(5, TimeUnit.SECONDS);
            } catch (Exception cutOff) {
                return;
            }
        }
    }

    private void logInAndOut(HallStore store, AtomicBoolean on, Random random) {
        while (on.get()) {
            try {
                clock.advance(Duration.ofMillis(7));
                Instant now = clock.instant();
                String hash = Long.toHexString(random.nextLong());
                AuditEntry attempt = new AuditEntry(now, "100" + (1 + random.nextInt(6)), "login", "10.0.0.7");
                store.keepLogin(attempt, Optional.of(new StoredSession(hash, attempt.badge(), "STAFF", now,
                        now.plus(Duration.ofHours(12)), false)));
                answered.put(hash, false);
                audited.add(attempt);
                if (random.nextInt(3) == 0) {
                    AuditEntry out = new AuditEntry(now, attempt.badge(), "logout", "10.0.0.7");
                    loggingOut.add(hash);
                    store.keepLogout(hash, out);
                    answered.put(hash, true);
                    audited.add(out);
                }
            } catch (RuntimeException cutOff) {
                return;
            }
        }
    }
}
