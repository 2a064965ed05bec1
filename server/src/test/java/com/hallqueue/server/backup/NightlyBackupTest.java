package com.hallqueue.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.store.HallStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightlyBackupTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    @Test
    void theNextRunIsTodaysTimeWhenItIsStillToComeAndTomorrowsOtherwise() {
        LocalTime at = LocalTime.of(2, 30);
        ZonedDateTime oneAm = ZonedDateTime.of(2026, 12, 4, 1, 0, 0, 0, SHANGHAI);
        assertThat(NightlyBackup.untilNext(oneAm, at)).isEqualTo(Duration.ofMinutes(90));
        ZonedDateTime threeAm = oneAm.plusHours(2);
        assertThat(NightlyBackup.untilNext(threeAm, at)).isEqualTo(Duration.ofHours(23).plusMinutes(30));
        assertThat(NightlyBackup.untilNext(oneAm.plusMinutes(90), at)).as("exactly at the time: the next night")
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void eachNightWritesTheDaysBackupAndKeepsOnlyTheNewestOnes() throws Exception {
        Path backups = dir.resolve("backups");
        Files.createDirectories(backups);
        Files.writeString(backups.resolve("operator-notes.txt"), "not a nightly backup: never pruned");
        try (HallStore store = HallStore.open(new DataDir(dir.resolve("data")).jdbcUrl())) {
            Instant night = ZonedDateTime.of(2026, 12, 1, 2, 30, 0, 0, SHANGHAI).toInstant();
            for (int day = 0; day < 4; day++) {
                Clock clock = Clock.fixed(night.plus(Duration.ofDays(day)), ZoneOffset.UTC);
                Path written = new NightlyBackup(store::backupTo, backups, 2, LocalTime.of(2, 30), SHANGHAI, clock)
                        .runOnce();
                assertThat(written).hasFileName("hallqueue-2026-12-0" + (day + 1) + ".zip");
                BackupFile.check(written);
            }
        }
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("hallqueue-2026-12-03.zip", "hallqueue-2026-12-04.zip", "operator-notes.txt");
        }
    }

    @Test
    void aNightThatFailsLeavesNoPartialFileAndTheKeptBackupsAlone() throws Exception {
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Files.writeString(backups.resolve("hallqueue-2026-11-30.zip"), "an older night's file");
        LiveHall broken = zip -> {
            try {
                Files.writeString(zip, "half a backup");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("disk full");
        };
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T18:30:00Z"), ZoneOffset.UTC);
        assertThat(new NightlyBackup(broken, backups, 1, LocalTime.of(2, 30), SHANGHAI, clock).runOnce()).isNull();
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly("hallqueue-2026-11-30.zip");
        }
    }
}
