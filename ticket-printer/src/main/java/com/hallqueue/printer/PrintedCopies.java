package com.hallqueue.printer;

import com.hallqueue.client.StateFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The copies this kiosk's printer has put on paper that the server has not yet confirmed,
 * kept on disk: an agent killed between printing and confirming finds them again when it
 * starts, and confirms them instead of printing a second ticket. A copy is recorded only
 * after the printer took its bytes, so a copy cut off mid-ticket is printed again.
 */
final class PrintedCopies {

    private final StateFile file;
    private final Set<String> copies;

    private PrintedCopies(StateFile file, Set<String> copies) {
        this.file = file;
        this.copies = copies;
    }

    /** The copies of {@code kiosk} under {@code dir}; one file per kiosk, so agents may share a directory. */
    static PrintedCopies in(Path dir, String kiosk) throws IOException {
        StateFile file = new StateFile(dir.resolve("printed-unconfirmed-" + kiosk.replaceAll("[^A-Za-z0-9_-]", "_")));
        return new PrintedCopies(file, new LinkedHashSet<>(file.read()));
    }

    static String key(String ticketId, int copy) {
        return ticketId + "#" + copy;
    }

    synchronized boolean contains(String key) {
        return copies.contains(key);
    }

    synchronized void add(String key) throws IOException {
        if (copies.add(key)) {
            file.write(new ArrayList<>(copies));
        }
    }

    synchronized void remove(String key) throws IOException {
        if (copies.remove(key)) {
            file.write(new ArrayList<>(copies));
        }
    }

    /** Drops every copy not in {@code pending}. */
    synchronized void retainOnly(Set<String> pending) throws IOException {
        if (copies.retainAll(pending)) {
            file.write(new ArrayList<>(copies));
        }
    }

    Path path() {
        return file.path();
    }
}
