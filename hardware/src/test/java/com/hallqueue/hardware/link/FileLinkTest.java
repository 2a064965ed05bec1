package com.hallqueue.hardware.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLinkTest {

    @TempDir
    Path dir;

    @Test
    void writesAreAppendedAfterWhatTheFileAlreadyHeld() throws IOException {
        Path lp0 = dir.resolve("lp0");
        Files.write(lp0, new byte[] {9});

        try (DeviceLink link = Links.file(lp0)) {
            link.write(new byte[] {1, 2});
            link.write(new byte[] {3});
        }

        assertThat(Files.readAllBytes(lp0)).containsExactly(9, 1, 2, 3);
    }

    @Test
    void readsReturnNothingAndDoNotWait() throws IOException {
        try (DeviceLink link = Links.file(dir.resolve("lp0"))) {
            assertThat(link.read(new byte[4], Duration.ofSeconds(10))).isZero();
        }
    }

    @Test
    void aClosedFileLinkSaysSo() throws IOException {
        DeviceLink link = Links.file(dir.resolve("lp0"));
        assertThat(link.isOpen()).isTrue();

        link.close();

        assertThat(link.isOpen()).isFalse();
    }
}
