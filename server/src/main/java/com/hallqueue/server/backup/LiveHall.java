package com.hallqueue.server.backup;

import java.nio.file.Path;

/** A running server whose H2 data can be copied while it serves. */
@FunctionalInterface
public interface LiveHall {

    /**
     * Writes a consistent copy of the whole H2 database to {@code zip}, holding every change
     * acknowledged before this was called.
     */
    void backupTo(Path zip);
}
