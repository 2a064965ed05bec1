package com.hallqueue.server;

import com.hallqueue.server.backup.Backups;
import com.hallqueue.server.backup.DataDir;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code hallqueue backup --data DIR --to FILE}. */
record BackupArgs(Path data, Path to) {

    static BackupArgs parse(String[] args) {
        Options given = Options.read(args, "--data", "--to");
        Path data = given.path("--data");
        Path to = given.path("--to");
        if (data == null || to == null) {
            throw new UsageException("backup: --data DIR and --to FILE are required");
        }
        if (!Files.isDirectory(data)) {
            throw new UsageException("--data " + data + ": no such directory");
        }
        Path parent = to.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("--to " + to + ": its directory does not exist");
        }
        return new BackupArgs(data, to);
    }

    void run() {
        long bytes = Backups.take(new DataDir(data), to);
        System.out.println("backup written to " + to + " (" + bytes + " bytes)");
    }
}
