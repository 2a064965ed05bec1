package com.hallqueue.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Eventually;
import com.hallqueue.server.testing.HallCommand.Outcome;
import com.hallqueue.server.testing.HallCommand;
import com.hallqueue.server.testing.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hallqueue backup} while kiosks issue at a running server, then {@code hallqueue
 * restore} into a new directory and a server started there: every ticket acknowledged
 * before the backup began is served by it, with its number, and the numbering goes on.
 */
class BackupUnderLoadTest {

    private static final int KIOSKS = 4;

    @TempDir
    Path dir;

    @Test
    void aBackupTakenUnderLoadHoldsEveryTicketAcknowledgedBeforeItBegan() throws Exception {
        Path data = dir.resolve("hall");
        Path backup = dir.resolve("hall-backup.zip");
        Map<String, String> before;
        String called;
        try (ServerProcess server = ServerProcess.start(data)) {
            ApiClient api = server.api();
            String token = api.login("1001");
            api.post("/api/v1/counters/1/open", token, null);
            api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            called = api.post("/api/v1/counters/1/call-next", token, null).json().get("number").asText();
            assertThat(Files.getPosixFilePermissions(data.resolve("backup-channel")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            Map<String, String> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService kiosks = Executors.newFixedThreadPool(KIOSKS);
            List<Future<?>> running = issueUntil(stop, api, acknowledged, kiosks);
            awaitAcknowledged(acknowledged, 200);
            before = new HashMap<>(acknowledged);
            Outcome taken = HallCommand.run("backup", "--data", data.toString(), "--to", backup.toString());
            int atBackupEnd = acknowledged.size();
            awaitAcknowledged(acknowledged, atBackupEnd + 20);
            stop.set(true);
            for (Future<?> f : running) {
                f.get(1, TimeUnit.MINUTES);
            }
            kiosks.shutdown();
            assertThat(taken.status()).as(taken.stderr()).isZero();
            assertThat(taken.stdout()).contains("backup written to");
            assertThat(server.terminate()).isZero();
        }
        assertWholeZip(backup);
        assertThat(dir.resolve("hall-backup.zip.part")).doesNotExist();

        Path restored = dir.resolve("restored");
        Outcome r = HallCommand.run("restore", "--from", backup.toString(), "--data", restored.toString());
        assertThat(r.status()).as(r.stderr()).isZero();
        assertThat(HallCommand.run("restore", "--from", backup.toString(), "--data", restored.toString()).status())
                .as("a second restore into the same, now full, directory").isEqualTo(2);

        try (ServerProcess again = ServerProcess.start(restored)) {
            ApiClient api = again.api();
            before.forEach((id, number) -> {
                Reply t = api.get("/api/v1/tickets/" + id, null);
                assertThat(t.status()).as("ticket %s (%s) acknowledged before the backup", number, id).isEqualTo(200);
                assertThat(t.json().get("number").asText()).isEqualTo(number);
            });
            assertThat(api.get("/api/v1/counters/1", null).json().get("ticket").get("number").asText())
                    .isEqualTo(called);
            String next = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("number").asText();
            assertThat(before.values()).doesNotContain(next);
        }
    }

    /** A quiet hall writes its database file only at checkpoints: the backup must not copy an older file. */
    @Test
    void aBackupOfAQuietRunningHallHoldsTheTicketsJustIssued() throws Exception {
        Path data = dir.resolve("quiet");
        Path backup = dir.resolve("quiet-backup.zip");
        Map<String, String> issued = new HashMap<>();
        try (ServerProcess server = ServerProcess.start(data)) {
            for (int i = 0; i < 3; i++) {
                JsonNode t = server.api().post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}").json();
                issued.put(t.get("id").asText(), t.get("number").asText());
            }
            Outcome taken = HallCommand.run("backup", "--data", data.toString(), "--to", backup.toString());
            assertThat(taken.status()).as(taken.stderr()).isZero();
        }
        Path restored = dir.resolve("quiet-restored");
        Outcome r = HallCommand.run("restore", "--from", backup.toString(), "--data", restored.toString());
        assertThat(r.stdout()).contains("(3 tickets)");
        try (ServerProcess again = ServerProcess.start(restored)) {
            issued.forEach((id, number) -> assertThat(again.api().get("/api/v1/tickets/" + id, null).json()
                    .get("number").asText()).isEqualTo(number));
        }
    }

    @Test
    void aBackupOfDataWhoseServerWasKilledHoldsWhatTheJournalAcknowledged() throws Exception {
        Path data = dir.resolve("hall");
        Map<String, String> acknowledged = new HashMap<>();
        try (ServerProcess server = ServerProcess.start(data)) {
            for (int i = 0; i < 50; i++) {
                Reply t = server.api().post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}");
                acknowledged.put(t.json().get("id").asText(), t.json().get("number").asText());
            }
            server.kill9();
        }
        assertThat(data.resolve("backup-channel")).as("the killed server's note is left behind").exists();
        Path backup = dir.resolve("offline.zip");
        Outcome taken = HallCommand.run("backup", "--data", data.toString(), "--to", backup.toString());
        assertThat(taken.status()).as(taken.stderr()).isZero();

        Path restored = dir.resolve("restored");
        assertThat(HallCommand.run("restore", "--from", backup.toString(), "--data", restored.toString()).stdout())
                .contains("(50 tickets)");
        try (ServerProcess again = ServerProcess.start(restored)) {
            acknowledged.forEach((id, number) -> assertThat(again.api().get("/api/v1/tickets/" + id, null).json()
                    .get("number").asText()).isEqualTo(number));
        }
    }

    @Test
    void restoreRefusesADirectoryWithFilesAndAFileThatIsNotABackupWithStatusTwo() throws Exception {
        Path notABackup = Files.writeString(dir.resolve("notes.zip"), "not a zip at all");
        Outcome notAZip = HallCommand.run("restore", "--from", notABackup.toString(), "--data", dir.resolve("new").toString());
        assertThat(notAZip.status()).isEqualTo(2);
        assertThat(notAZip.stderr().strip()).contains("--from").doesNotContain("\n");
        Path otherZip = dir.resolve("other.zip");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(otherZip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("other.txt"));
        }
        Outcome wrongZip = HallCommand.run("restore", "--from", otherZip.toString(), "--data", dir.resolve("new").toString());
        assertThat(wrongZip.status()).isEqualTo(2);
        assertThat(wrongZip.stderr()).contains("hallqueue.mv.db");

        DataDir hall = new DataDir(dir.resolve("hall"));
        HallStore.open(hall.jdbcUrl()).close();
        Path backup = dir.resolve("b.zip");
        Backups.take(hall, backup);
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "the operator's file");
        Outcome intoFull = HallCommand.run("restore", "--from", backup.toString(), "--data", full.toString());
        assertThat(intoFull.status()).isEqualTo(2);
        assertThat(intoFull.stderr().strip()).contains("not empty").doesNotContain("\n");
        assertThat(full.toFile().list()).containsExactly("keep.txt");
        assertThat(dir.resolve("new")).doesNotExist();
    }

    /** Waits for the kiosks' answers; a server that stopped answering fails the test instead of hanging it. */
    private static void awaitAcknowledged(Map<String, String> acknowledged, int count) {
        Eventually.await(count + " tickets acknowledged", java.time.Duration.ofMinutes(2),
                () -> acknowledged.size() >= count);
    }

    /** Every entry of the backup reads to its end with its CRC right: not a copy of a half-written file. */
    private static void assertWholeZip(Path zip) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry("hallqueue.mv.db")).isNotNull();
            for (var e : java.util.Collections.list(z.entries())) {
                try (var in = z.getInputStream(e)) {
                    assertThat(in.transferTo(java.io.OutputStream.nullOutputStream())).isEqualTo(e.getSize());
                }
            }
        }
    }

    private static List<Future<?>> issueUntil(AtomicBoolean stop, ApiClient api, Map<String, String> acknowledged,
                                              ExecutorService kiosks) {
        List<Future<?>> running = new ArrayList<>();
        for (int k = 0; k < KIOSKS; k++) {
            running.add(kiosks.submit(() -> {
                while (!stop.get()) {
                    Reply r = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
                    if (r.status() == 201) {
                        acknowledged.put(r.json().get("id").asText(), r.json().get("number").asText());
                    }
                }
            }));
        }
        return running;
    }
}
