package com.hallqueue.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Halls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A settings change is answered only once it can outlive a crash. H2, opened on the files a
 * crash left just after a forced commit, opens the version before that commit about half the
 * time; so each change here is followed at once by a crash image of the hall's files (what
 * {@code kill -9} leaves: every write made, nothing closed), and every image must hold every
 * change answered before it.
 */
class SettingsCrashTest {

    private static final int CHANGES = 60;
    /** A crash image after every third change: enough to meet H2's loss, which comes about every other time. */
    private static final int IMAGE_EVERY = 3;

    @TempDir
    Path dir;

    @Test
    void everyAnsweredSettingsChangeIsInTheFilesACrashLeavesRightAfterIt() throws Exception {
        Path live = dir.resolve("live");
        QueueEngine hall = new QueueEngine(Halls.demo(), VirtualClock.at("2026-12-07T01:00:00Z"), TicketIds.seeded(7),
                HallRecord.empty());
        hall.open(1, new StaffRef("1001", "王芳"));
        java.util.Random random = new java.util.Random(20261205L);
        try (HallStore store = HallStore.open(url(live))) {
            for (int n = 1; n <= CHANGES; n++) {
                store.commit(aFewMinutesOfTheHall(hall));
                int day = n;
                byte[] photo = new byte[random.nextInt(24 * 1024)];
                random.nextBytes(photo);
                store.changeSettings(c -> {
                    keepPhoto(c, "10" + (10 + day % 20), photo);
                    insertDay(c, LocalDate.of(2027, 1, 1).plusDays(day), "休息日" + day);
                    return null;
                });
                if (n % IMAGE_EVERY != 0) {
                    continue;
                }
                Path image = dir.resolve("crash" + n);
                copy(live, image);
                try (HallStore after = HallStore.open(url(image))) {
                    assertThat(days(after)).as("the changes answered before crash %d", n).isEqualTo(n);
                }
            }
        }
    }

    /** The hall's own writes between two changes, so that H2 frees and reuses space as it does in a day. */
    private static List<HallEvent> aFewMinutesOfTheHall(QueueEngine hall) {
        for (int i = 0; i < 5; i++) {
            hall.issue("A", false, "K1");
            hall.callNext(1, "1001");
            hall.finish(1, "1001");
        }
        return hall.drainEvents();
    }

    /** A staff member's new photo: a setting of some size, so that changes free and reuse H2's space. */
    private static void keepPhoto(java.sql.Connection c, String badge, byte[] photo) throws java.sql.SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM staff_photo WHERE badge = ?")) {
            p.setString(1, badge);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO staff_photo (badge, media_type, content, changed_at) VALUES (?,?,?,?)")) {
            p.setString(1, badge);
            p.setString(2, "image/jpeg");
            p.setBytes(3, photo);
            p.setLong(4, 0);
            p.executeUpdate();
        }
    }

    private static void insertDay(java.sql.Connection c, LocalDate date, String name) throws java.sql.SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO hall_day (hall_date, kind, name, changed_at) VALUES (?,?,?,?)")) {
            p.setString(1, date.toString());
            p.setString(2, "HOLIDAY");
            p.setString(3, name);
            p.setLong(4, 0);
            p.executeUpdate();
        }
    }

    private static int days(HallStore store) {
        return store.readSettings(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM hall_day WHERE name LIKE '休息日%'");
                 ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * H2 reuses the space of old versions only after they have been kept 45 s; a hall that has
     * run for a minute does so all the time. Here it does from the start.
     */
    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("hallqueue") + ";WRITE_DELAY=0;RETENTION_TIME=0";
    }

    /** The hall's files as they are on the disk this moment, byte for byte. */
    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
