package com.hallqueue.server;

import com.hallqueue.server.backup.DataDir;
import com.hallqueue.server.backup.Restores;
import java.nio.file.Path;

/** {@code hallqueue restore --from FILE --data DIR}. */
record RestoreArgs(Path from, DataDir data) {

    static RestoreArgs parse(String[] args) {
        Path from = null;
        Path data = null;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            String value = i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                throw new UsageException(option + ": needs a value");
            }
            switch (option) {
                case "--from" -> from = Path.of(value);
                case "--data" -> data = Path.of(value);
                default -> throw new UsageException("unknown option " + option);
            }
        }
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
