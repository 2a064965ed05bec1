package com.hallqueue.server;

import com.hallqueue.server.backup.DataDir;
import com.hallqueue.server.backup.Restores;
import java.nio.file.Path;

/** {@code hallqueue restore --from FILE --data DIR}. */
record RestoreArgs(Path from, DataDir data) {

    static RestoreArgs parse(String[] args) {
        Options given = Options.read(args, "--from", "--data");
        Path from = given.path("--from");
        Path data = given.path("--data");
        if (from == null || data == null) {
            throw new UsageException("restore: --from FILE and --data DIR are required");
        }
        try {
            Restores.checkBackup(from);
            Restores.checkTarget(new DataDir(data));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return new RestoreArgs(from, new DataDir(data));
    }

    void run() {
        long tickets = Restores.restore(from, data);
        System.out.println("restored " + from + " into " + data.dir() + " (" + tickets + " tickets);"
                + " start the server with --data " + data.dir());
    }
}
