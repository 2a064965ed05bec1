package com.hallqueue.server.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own nightly backup ({@code --backup-dir}): at {@code at} in the hall's zone it
 * writes {@code hallqueue-DATE.zip} into the directory, then keeps the newest {@code keep} of
 * them. A failed night is logged and tried again the next night; it never stops the hall.
 */
public final class NightlyBackup implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyBackup.class);
    private static final Pattern NAME = Pattern.compile("hallqueue-\\d{4}-\\d{2}-\\d{2}\\.zip");

    private final LiveHall hall;
    private final Path dir;
    private final int keep;
    private final LocalTime at;
    private final ZoneId zone;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nightly-backup");
        t.setDaemon(true);
        return t;
    });

    public NightlyBackup(LiveHall hall, Path dir, int keep, LocalTime at, ZoneId zone, Clock clock) {
        this.hall = hall;
        this.dir = dir;
        this.keep = keep;
        this.at = at;
        this.zone = zone;
        this.clock = clock;
    }

    /** Schedules the first night; each run schedules the next, so a change of clock is followed. */
    public NightlyBackup start() {
        scheduleNext();
        return this;
    }

    private void scheduleNext() {
        Duration wait = untilNext(ZonedDateTime.now(clock.withZone(zone)), at);
        timer.schedule(() -> {
            runOnce();
            scheduleNext();
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How long from {@code now} to the next {@code at}: today's if still to come, else tomorrow's. */
    static Duration untilNext(ZonedDateTime now, LocalTime at) {
        ZonedDateTime next = now.toLocalDate().atTime(at).atZone(now.getZone());
        if (!next.isAfter(now)) {
            next = now.toLocalDate().plusDays(1).atTime(at).atZone(now.getZone());
        }
        return Duration.between(now, next);
    }

    /** One night's backup and the pruning after it; returns the file written, or null when it failed. */
    public Path runOnce() {
        LocalDate day = LocalDate.now(clock.withZone(zone));
        Path file = dir.resolve("hallqueue-" + day + ".zip");
        Path part = dir.resolve(file.getFileName() + ".part");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(part);
            hall.backupTo(part);
            BackupFile.check(part);
            Backups.forceToDisk(part);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("nightly backup written: {} ({} bytes)", file, Files.size(file));
            prune();
            return file;
        } catch (IOException | RuntimeException e) {
            LOG.error("nightly backup into {} failed; the next night tries again", dir, e);
            return null;
        } finally {
            removeQuietly(part);
        }
    }

    private static void removeQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", part, e.getMessage());
        }
    }

    /** Deletes all but the newest {@code keep} nightly backups; the names sort by date. */
    private void prune() throws IOException {
        List<Path> nightly;
        try (Stream<Path> files = Files.list(dir)) {
            nightly = files.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path old : nightly.subList(Math.min(keep, nightly.size()), nightly.size())) {
            Files.delete(old);
            LOG.info("nightly backup removed, past the {} kept: {}", keep, old);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
