package com.hallqueue.server.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a running server leaves in its data directory: the loopback port of its backup
 * channel and the secret that opens it. Only the server's own user (and root) may read it,
 * so only they can ask the server for a copy of the hall.
 */
record ChannelFile(int port, String secret) {

    void writeTo(Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(part);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(part);
        }
        Files.writeString(part, "port=" + port + "\nsecret=" + secret + "\n", StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Optional<ChannelFile> readFrom(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new ChannelFile(Integer.parseInt(p.getProperty("port", "").strip()),
                    p.getProperty("secret", "").strip()));
        } catch (IOException | NumberFormatException e) {
            throw new BackupException(file + ": cannot read the running server's backup channel (" + e.getMessage()
                    + "); run the backup as the server's user or as root");
        }
    }
}
