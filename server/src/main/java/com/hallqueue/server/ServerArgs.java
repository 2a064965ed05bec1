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
        Path config = null;
        Path deployment = null;
        Path data = Path.of("data");
        String db = null;
        String host = "127.0.0.1";
        int port = 8080;
        Path backupDir = null;
        int backupKeep = 14;
        LocalTime backupAt = LocalTime.of(2, 30);
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            String value = i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                throw new UsageException(option + ": needs a value");
            }
            switch (option) {
                case "--config" -> config = Path.of(value);
                case "--deployment" -> deployment = Path.of(value);
                case "--port" -> port = port(value);
                case "--data" -> data = Path.of(value);
                case "--db" -> db = value;
                case "--host" -> host = value;
                case "--backup-dir" -> backupDir = Path.of(value);
                case "--backup-keep" -> backupKeep = keep(value);
                case "--backup-at" -> backupAt = time(value);
                default -> throw new UsageException("unknown option " + option);
            }
        }
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
