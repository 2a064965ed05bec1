package com.hallqueue.server.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A server's {@code --data} directory: the H2 file {@code hallqueue.mv.db}, the journal of
 * each hall ({@code hallqueue.journal}, or {@code hallqueue.<schema>.journal} for the halls
 * of a deployment), and, while a server runs on it, its backup channel.
 */
public record DataDir(Path dir) {

    public static final String DATABASE = "hallqueue";
    private static final Pattern HALL_JOURNAL = Pattern.compile("hallqueue\\.([a-z0-9_]+)\\.journal");

    public String jdbcUrl() {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve(DATABASE) + ";WRITE_DELAY=0";
    }

    Path databaseFile() {
        return dir.resolve(DATABASE + ".mv.db");
    }

    /** Where a running server says how to reach its backup channel (readable by its user only). */
    Path channelFile() {
        return dir.resolve("backup-channel");
    }

    /** Whether the one hall of a plain server keeps its journal here. */
    boolean hasDefaultHall() {
        return Files.exists(dir.resolve(DATABASE + ".journal"));
    }

    /** The schemas of a deployment's halls kept here, found by their journals. */
    List<String> hallSchemas() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> HALL_JOURNAL.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .forEach(m -> out.add(m.group(1)));
        } catch (IOException e) {
            throw new BackupException("--data " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Absent, or a directory with nothing in it. */
    boolean isEmpty() {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
