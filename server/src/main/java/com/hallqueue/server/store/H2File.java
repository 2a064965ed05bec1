package com.hallqueue.server.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Optional;
import org.h2.mvstore.MVStore;
import org.h2.store.fs.FilePath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 file of a server, and what is done to it after a stop that was not clean.
 *
 * <p>After a crash H2 opens the newest version whose chunks look whole and goes on from
 * there, but the chunks of the newer versions it passed over stay in the file, with version
 * numbers it will soon use again. After a second crash its recovery can take one of those
 * stale chunks for the newest and read pages that have since been overwritten ("File
 * corrupted in chunk …"): the power-cut test found this, two cuts in a row, the second
 * losing nothing. So after every stop that was not clean the file is first copied, live pages
 * only, into a new file; the copy is forced to the disk and then renamed over the old one,
 * and the next crash starts from a file with nothing stale in it.
 *
 * <p>A stop is clean when the server closed the database: a mark beside the file says the
 * file is in use from the moment the server opens it until it has closed it.
 */
final class H2File {

    private static final Logger LOG = LoggerFactory.getLogger(H2File.class);
    private static final String DATA = ".mv.db";
    private static final String IN_USE = ".in-use";
    private static final String COPY = ".mv.db.copy";

    /** The database's name as H2 has it, without {@code .mv.db}: {@code /data/hallqueue}, {@code crash:/d/h}. */
    private final String name;

    private H2File(String name) {
        this.name = name;
    }

    /** The file of an embedded H2 database; none for one in memory or on an H2 server. */
    static Optional<H2File> of(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:")) {
            return Optional.empty();
        }
        return Optional.of(new H2File(name));
    }

    /** Before H2 opens the file: copies it clean if the last stop was not, then marks it in use. */
    void open() {
        try {
            FilePath copy = FilePath.get(name + COPY);
            copy.delete(); // a copy that a crash interrupted; the original is still whole
            if (FilePath.get(name + IN_USE).exists() && FilePath.get(name + DATA).exists()) {
                copyLivePages();
            }
            FilePath mark = FilePath.get(name + IN_USE);
            if (!mark.exists()) {
                org.h2.store.fs.FileUtils.createDirectories(mark.getParent().toString());
                mark.createFile();
                DirectoryForce.of(name);
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException("database " + name + DATA + ": cannot prepare the file after the last stop: "
                    + e.getMessage(), e);
        }
    }

    /** After H2 has closed the file: the next start needs no copy. */
    void closed() {
        try {
            FilePath.get(name + IN_USE).delete();
            DirectoryForce.of(name);
        } catch (IOException | RuntimeException e) {
            LOG.warn("database {}: the stop could not be marked clean ({}); the next start copies the file",
                    name + DATA, e.getMessage());
        }
    }

    private void copyLivePages() throws IOException {
        long started = System.nanoTime();
        long before = FilePath.get(name + DATA).size();
        MVStore.compact(name + DATA, name + COPY, false, null);
        try (FileChannel copy = FilePath.get(name + COPY).open("rw")) {
            copy.force(true);
        }
        FilePath.get(name + COPY).moveTo(FilePath.get(name + DATA), true);
        DirectoryForce.of(name);
        LOG.info("database {}: the last stop was not clean; copied its live pages into a clean file "
                        + "({} KB to {} KB, {} ms)", name + DATA, before / 1024,
                FilePath.get(name + DATA).size() / 1024, (System.nanoTime() - started) / 1_000_000);
    }
}
