package com.hallqueue.server.backup;

import com.hallqueue.server.store.HallDatabase;
import com.hallqueue.server.store.HallStore;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code hallqueue backup}: a copy of a hall's H2 data that holds every change acknowledged
 * before it began. While a server runs on the data, the server makes it (through its backup
 * channel) under its writer; when none runs, the data is opened here, its journal applied as
 * a server's start would, and copied. Either way the copy is H2's own {@code BACKUP TO} zip,
 * written beside the target and moved into place only once whole and forced to disk.
 */
public final class Backups {

    private Backups() {
    }

    /** Writes the backup of {@code data} to {@code to}; returns its size in bytes. */
    public static long take(DataDir data, Path to) {
        Path part = to.toAbsolutePath().resolveSibling(to.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            if (!fromRunningServer(data, part)) {
                fromStoppedData(data, part);
            }
            BackupFile.check(part);
            forceToDisk(part);
            Files.move(part, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(to);
        } catch (IOException e) {
            throw new BackupException("backup to " + to + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(part);
        }
    }

    /** True when a server on {@code data} made the copy; false when no server answers there. */
    private static boolean fromRunningServer(DataDir data, Path part) throws IOException {
        Optional<ChannelFile> channel = ChannelFile.readFrom(data.channelFile());
        if (channel.isEmpty()) {
            return false;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + channel.get().port() + "/backup"))
                .header("Authorization", "Bearer " + channel.get().secret())
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<Path> r = client.send(ask, HttpResponse.BodyHandlers.ofFile(part));
            if (r.statusCode() != 200) {
                throw new BackupException("the running server refused the backup: "
                        + Files.readString(part, StandardCharsets.UTF_8).strip());
            }
            return true;
        } catch (ConnectException stale) {
            return false; // the note of a server that is gone (killed); the data is free to open
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("backup interrupted");
        }
    }

    /** No server runs: open the data as a server would at start (journal applied), then copy it. */
    private static void fromStoppedData(DataDir data, Path part) {
        if (!Files.exists(data.databaseFile())) {
            throw new BackupException("--data " + data.dir() + ": no hall database there (hallqueue.mv.db);"
                    + " a hall kept in PostgreSQL is backed up with pg_dump");
        }
        List<AutoCloseable> open = new ArrayList<>();
        try {
            HallStore any = null;
            List<String> schemas = data.hallSchemas();
            if (data.hasDefaultHall() || schemas.isEmpty()) {
                any = HallStore.open(data.jdbcUrl());
                open.add(any);
            }
            if (!schemas.isEmpty()) {
                HallDatabase db = HallDatabase.open(data.jdbcUrl());
                open.add(db);
                for (String schema : schemas) {
                    HallStore hall = db.hall(schema);
                    open.add(0, hall);
                    any = any == null ? hall : any;
                }
            }
            any.backupTo(part);
        } catch (RuntimeException e) {
            throw new BackupException("--data " + data.dir() + ": " + e.getMessage()
                    + " (is a server running on it without its backup channel?)", e);
        } finally {
            open.forEach(Backups::closeQuietly);
        }
    }

    static void forceToDisk(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .part file is harmless and overwritten next time
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // the copy is made or has failed already
        }
    }
}
