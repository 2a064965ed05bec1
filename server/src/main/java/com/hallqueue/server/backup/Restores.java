package com.hallqueue.server.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * {@code hallqueue restore}: unpacks a backup into a directory beside the target, checks that
 * H2 opens it, and only then moves it into the target, so a failed restore leaves the target
 * as it was. The schema is brought up to date by the server that starts on it.
 */
public final class Restores {

    private Restores() {
    }

    /** Refuses a target that holds anything: a restore never mixes two halls' files. */
    public static void checkTarget(DataDir data) {
        if (!data.isEmpty()) {
            throw new IllegalArgumentException("--data " + data.dir() + ": not empty; restore into an empty or new"
                    + " directory");
        }
    }

    /** Throws {@link IllegalArgumentException} naming {@code --from} unless it is a whole backup. */
    public static void checkBackup(Path from) {
        if (!Files.isRegularFile(from)) {
            throw new IllegalArgumentException("--from " + from + ": no such file");
        }
        try {
            BackupFile.check(from);
        } catch (BackupException e) {
            throw new IllegalArgumentException("--from " + e.getMessage());
        }
    }

    /** Returns how many tickets the restored hall holds (all halls of a deployment together). */
    public static long restore(Path from, DataDir data) {
        checkBackup(from);
        checkTarget(data);
        Path target = data.dir().toAbsolutePath();
        Path staging = target.resolveSibling("." + target.getFileName() + ".restoring");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            org.h2.tools.Restore.execute(from.toString(), staging.toString(), DataDir.DATABASE);
            long tickets = ticketsIn(new DataDir(staging));
            Files.createDirectories(target);
            moveContents(staging, target);
            Files.delete(staging);
            return tickets;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new BackupException("restore into " + target + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    private static long ticketsIn(DataDir data) throws SQLException {
        long n = 0;
        try (Connection c = DriverManager.getConnection(data.jdbcUrl(), "sa", "");
             Statement s = c.createStatement();
             ResultSet tables = s.executeQuery("SELECT TABLE_SCHEMA FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE LOWER(TABLE_NAME) = 'ticket'")) {
            java.util.List<String> schemas = new java.util.ArrayList<>();
            while (tables.next()) {
                schemas.add(tables.getString(1));
            }
            for (String schema : schemas) {
                try (Statement count = c.createStatement();
                     ResultSet rs = count.executeQuery("SELECT COUNT(*) FROM \"" + schema + "\".ticket")) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
        }
        return n;
    }

    private static void moveContents(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.move(f, to.resolve(f.getFileName())); // a rename: the staging directory is a sibling
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover staging directory is removed by the next restore
        }
    }
}
