package com.hallqueue.hardware.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconnectingLinkTest {

    private final MutableClock clock = new MutableClock();
    private final List<FakeLink> opened = new ArrayList<>();
    private boolean deviceAbsent;

    private final DeviceLink link = Links.reconnecting(this::open,
            Duration.ofMillis(100), Duration.ofSeconds(5), clock);

    private DeviceLink open() throws IOException {
        if (deviceAbsent) {
            throw new IOException("no such device");
        }
        FakeLink fresh = new FakeLink();
        opened.add(fresh);
        return fresh;
    }

    @Test
    void theDeviceIsOpenedOnFirstUseAndKeptOpen() throws IOException {
        link.write(new byte[] {1});
        link.write(new byte[] {2});

        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).written.toByteArray()).containsExactly(1, 2);
        assertThat(link.isOpen()).isTrue();
    }

    @Test
    void aFailedWriteClosesTheDeviceAndAWriteAfterTheWaitReopensIt() throws IOException {
        link.write(new byte[] {1});
        opened.get(0).unplugged = true;

        assertThatThrownBy(() -> link.write(new byte[] {2})).isInstanceOf(IOException.class);
        assertThat(opened.get(0).isOpen()).isFalse();
        assertThat(link.isOpen()).isFalse();

        clock.advance(Duration.ofMillis(100));
        link.write(new byte[] {3});

        assertThat(opened).hasSize(2);
        assertThat(opened.get(1).written.toByteArray()).containsExactly(3);
    }

    @Test
    void aFailedReadCountsAsAnUnplugToo() throws IOException {
        link.write(new byte[] {1});
        opened.get(0).unplugged = true;

        assertThatThrownBy(() -> link.read(new byte[4], Duration.ofMillis(1))).isInstanceOf(IOException.class);

        assertThat(opened.get(0).isOpen()).isFalse();
    }

    @Test
    void duringTheWaitCallsFailAtOnceWithoutTryingTheDevice() throws IOException {
        deviceAbsent = true;
        assertThatThrownBy(() -> link.write(new byte[] {1})).isInstanceOf(IOException.class);
        deviceAbsent = false;

        clock.advance(Duration.ofMillis(99));
        assertThatThrownBy(() -> link.write(new byte[] {1})).hasMessageContaining("next try");

        assertThat(opened).isEmpty();
    }

    @Test
    void waitsBetweenFailedReopensDoubleUpToFiveSeconds() {
        deviceAbsent = true;
        List<Long> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            assertThatThrownBy(() -> link.write(new byte[] {1})).isInstanceOf(IOException.class);
            waits.add(millisUntilTheDeviceIsTriedAgain());
        }

        assertThat(waits).containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L);
    }

    @Test
    void aSuccessfulReopenStartsTheWaitsAgainFromTheShortest() throws IOException {
        deviceAbsent = true;
        assertThatThrownBy(() -> link.write(new byte[] {1})).isInstanceOf(IOException.class);
        clock.advance(Duration.ofMillis(100));
        assertThatThrownBy(() -> link.write(new byte[] {1})).isInstanceOf(IOException.class);
        clock.advance(Duration.ofMillis(200));
        deviceAbsent = false;
        link.write(new byte[] {1});

        opened.get(0).unplugged = true;
        assertThatThrownBy(() -> link.write(new byte[] {2})).isInstanceOf(IOException.class);

        assertThat(millisUntilTheDeviceIsTriedAgain()).isEqualTo(100L);
    }

    @Test
    void afterCloseNothingIsReopened() {
        link.close();

        assertThatThrownBy(() -> link.write(new byte[] {1})).hasMessageContaining("closed");
        assertThat(opened).isEmpty();
    }

    /** Steps the clock a millisecond at a time until a call gets past the back-off gate. */
    private long millisUntilTheDeviceIsTriedAgain() {
        long waited = 0;
        while (true) {
            clock.advance(Duration.ofMillis(1));
            waited++;
            try {
                link.write(new byte[] {0});
                return waited;
            } catch (IOException e) {
                if (!e.getMessage().contains("next try")) {
                    return waited;
                }
            }
        }
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2024-05-06T08:30:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
