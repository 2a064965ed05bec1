package com.hallqueue.server.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.disk.FilePathDisk;

/**
 * Forces the directory of a file named as H2 names files, so that a rename or a new file in
 * it survives a power cut: forcing a file keeps its bytes, not the name that leads to it. Only
 * a plain file system has a directory to force; a simulated one applies names at once.
 */
final class DirectoryForce {

    private DirectoryForce() {
    }

    static void of(String name) throws IOException {
        FilePath parent = FilePath.get(name).getParent();
        if (!(parent instanceof FilePathDisk)) {
            return;
        }
        try (FileChannel dir = FileChannel.open(Path.of(parent.toString().replaceFirst("^file:", "")),
                StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
