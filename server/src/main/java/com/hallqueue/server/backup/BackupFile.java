package com.hallqueue.server.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What a backup file must be: H2's zip, whole (its central directory read), with the hall's database in it. */
final class BackupFile {

    static final String DATABASE_ENTRY = DataDir.DATABASE + ".mv.db";

    private BackupFile() {
    }

    /** Throws, naming the file, unless it is a whole backup of a hall. */
    static void check(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry db = z.getEntry(DATABASE_ENTRY);
            if (db == null) {
                throw new BackupException(zip + ": not a HallQueue backup (no " + DATABASE_ENTRY + " in it)");
            }
            try (var in = z.getInputStream(db)) {
                in.transferTo(java.io.OutputStream.nullOutputStream()); // every byte readable, CRC checked
            }
        } catch (IOException e) {
            throw new BackupException(zip + ": not a whole backup file (" + e.getMessage() + ")");
        }
    }
}
