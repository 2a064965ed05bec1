package com.hallqueue.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A small file of lines an agent must still know after it is killed or the power fails (a
 * copy printed but not yet confirmed, the last key press a pad reported). Each write goes
 * to a temporary file, is forced to disk and then renamed over the old one, so a reader
 * finds either the old lines or the new ones, never half of each.
 */
public final class StateFile {

    private final Path file;

    public StateFile(Path file) {
        this.file = file;
    }

    /** {@code ~/.hallqueue}, or {@code ./.hallqueue} for an account without a home. */
    public static Path defaultDir() {
        String home = System.getProperty("user.home", "");
        Path base = home.isBlank() || !Files.isDirectory(Path.of(home)) ? Path.of("") : Path.of(home);
        return base.toAbsolutePath().resolve(".hallqueue");
    }

    public Path path() {
        return file;
    }

    /** The lines last written; none when the file was never written. */
    public List<String> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    public void write(List<String> lines) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(file.getFileName() + ".tmp");
        byte[] bytes = lines.stream().map(l -> l + "\n").reduce("", String::concat).getBytes(StandardCharsets.UTF_8);
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(bytes));
            out.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(dir);
    }

    /** The rename itself is durable only once the directory entry is on disk. */
    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory; the rename is then as durable as they allow
        }
    }
}
