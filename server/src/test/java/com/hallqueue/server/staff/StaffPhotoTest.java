package com.hallqueue.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.server.queue.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A photo is what its first bytes say it is, never what it is called. */
class StaffPhotoTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void aJpegAndAPngAreToldByTheirFirstBytes() {
        assertThat(StaffPhoto.of(JPEG, NOW).mediaType()).isEqualTo("image/jpeg");
        assertThat(StaffPhoto.of(PNG, NOW).mediaType()).isEqualTo("image/png");
    }

    @Test
    void markupAGifOrAPngCutShortIsRefusedNamingThePhoto() {
        refused("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        refused("GIF89a".getBytes(StandardCharsets.US_ASCII));
        refused(Arrays.copyOf(PNG, 7));
        refused(new byte[] {(byte) 0xFF, (byte) 0xD8});
        refused(new byte[0]);
    }

    @Test
    void sixtyKilobytesAreTakenAndOneByteMoreIsNot() {
        assertThat(StaffPhoto.of(Arrays.copyOf(JPEG, 60 * 1024), NOW).content()).hasSize(61_440);
        refused(Arrays.copyOf(JPEG, 60 * 1024 + 1));
    }

    private static void refused(byte[] content) {
        assertThatThrownBy(() -> StaffPhoto.of(content, NOW)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.field()).isEqualTo("photo"));
    }
}
