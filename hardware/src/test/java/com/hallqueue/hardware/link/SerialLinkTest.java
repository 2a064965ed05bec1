package com.hallqueue.hardware.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.hardware.testing.Socat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs over a socat pty pair; skipped where socat is missing. */
class SerialLinkTest {

    @TempDir
    Path dir;

    @Test
    void bytesWrittenAtOneEndArriveAtTheOther() throws Exception {
        try (Socat socat = Socat.ptyPair(dir);
                DeviceLink a = Links.serial(socat.endA.toString(), SerialSettings.DEFAULT);
                DeviceLink b = Links.serial(socat.endB.toString(), SerialSettings.DEFAULT)) {
            a.write(new byte[] {0x07, 0x03, 0x00});

            assertThat(readAtLeast(b, 3)).containsExactly(0x07, 0x03, 0x00);
        }
    }

    @Test
    void aReadWithNothingOnTheLineReturnsZero() throws Exception {
        try (Socat socat = Socat.ptyPair(dir);
                DeviceLink a = Links.serial(socat.endA.toString(), SerialSettings.DEFAULT)) {
            assertThat(a.read(new byte[8], Duration.ofMillis(30))).isZero();
            assertThat(a.read(new byte[8], Duration.ZERO)).isZero();
        }
    }

    @Test
    void aPortThatDoesNotExistCannotBeOpened() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Links.serial(dir.resolve("no-such-tty").toString(), SerialSettings.DEFAULT))
                .isInstanceOf(IOException.class);
    }

    private static byte[] readAtLeast(DeviceLink link, int count) throws IOException {
        byte[] all = new byte[count];
        int have = 0;
        byte[] chunk = new byte[count];
        while (have < count) {
            int got = link.read(chunk, Duration.ofSeconds(2));
            if (got == 0) {
                break;
            }
            System.arraycopy(chunk, 0, all, have, Math.min(got, count - have));
            have += got;
        }
        return java.util.Arrays.copyOf(all, have);
    }
}
