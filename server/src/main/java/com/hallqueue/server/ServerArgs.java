package com.hallqueue.server;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** The options of {@code hallqueue server}. */
record ServerArgs(Path config, Path deployment, int port, Path data, String db, String host, Nightly nightly) {

    /** The server's own nightly backup: into {@code dir}, the newest {@code keep} kept, at {@code at}; dir null for none. */
    record Nightly(Path dir, int keep, LocalTime at) {
    }

    static ServerArgs parse(String[] args) {
        Options given = Options.read(args, "--config", "--deployment", "--port", "--data", "--db", "--host",
                "--backup-dir", "--backup-keep", "--backup-at");
        Path config = given.path("--config");
        Path deployment = given.path("--deployment");
        Path data = given.text("--data") == null ? Path.of("data") : given.path("--data");
        String db = given.text("--db");
        String host = given.text("--host") == null ? "127.0.0.1" : given.text("--host");
        int port = given.text("--port") == null ? 8080 : port(given.text("--port"));
        Path backupDir = given.path("--backup-dir");
        int backupKeep = given.text("--backup-keep") == null ? 14 : keep(given.text("--backup-keep"));
        LocalTime backupAt = given.text("--backup-at") == null ? LocalTime.of(2, 30) : time(given.text("--backup-at"));
        if (config != null && deployment != null) {
            throw new UsageException("--config and --deployment: give one hall's file or the deployment's, not both");
        }
        if (backupDir != null && db != null) {
            throw new UsageException("--backup-dir: backs up the H2 data of --data; a hall in PostgreSQL is backed up"
                    + " with pg_dump or continuous archiving");
        }
        return new ServerArgs(config, deployment, port, data, db, host, new Nightly(backupDir, backupKeep, backupAt));
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port: must be 0 to 65535, got \"" + value + "\"");
        }
    }

    private static int keep(String value) {
        try {
            int keep = Integer.parseInt(value);
            if (keep < 1 || keep > 3650) {
                throw new NumberFormatException();
            }
            return keep;
        } catch (NumberFormatException e) {
            throw new UsageException("--backup-keep: must be 1 to 3650, got \"" + value + "\"");
        }
    }

    private static LocalTime time(String value) {
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--backup-at: must be a time of day as HH:MM, got \"" + value + "\"");
        }
    }
}
