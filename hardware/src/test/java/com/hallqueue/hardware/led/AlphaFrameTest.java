package com.hallqueue.hardware.led;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.hardware.testing.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AlphaFrameTest {

    @Test
    void writeTextToAllSignsMatchesTheKnownGoodBytes() {
        assertThat(Hex.of(AlphaFrame.writeText("A001 -> 3"))).isEqualTo(
                "00 00 00 00 00 01 5A 30 30 02 41 41 1B 30 62 41 30 30 31 20 2D 3E 20 33 03 30 32 45 34 04");
    }

    @Test
    void aColourIsSentAfterTheModeAndCountsInTheChecksum() {
        byte[] frame = AlphaFrame.writeText(new AlphaSign('Z', 0x1F), 'B', "A1", LedEffect.SCROLL_LEFT, LedColour.GREEN);

        String ascii = new String(frame, StandardCharsets.US_ASCII);
        assertThat(ascii).startsWith("\0\0\0\0\0\u0001Z1F\u0002AB\u001B0a\u001C2A1\u0003");
        int sum = 0x02 + 'A' + 'B' + 0x1B + '0' + 'a' + 0x1C + '2' + 'A' + '1' + 0x03;
        assertThat(ascii).endsWith(String.format("%04X", sum) + "\u0004");
    }

    @Test
    void charactersTheSignCannotShowBecomeQuestionMarksAndControlBytesAreDropped() {
        byte[] frame = AlphaFrame.writeText("请A\u0003B");

        String ascii = new String(frame, StandardCharsets.US_ASCII);
        assertThat(ascii).contains("\u001B0b?AB\u0003");
    }

    @Test
    void theChecksumWrapsAtSixteenBits() {
        byte[] manyBytes = new byte[300];
        Arrays.fill(manyBytes, (byte) 0xFF);

        assertThat(AlphaFrame.checksum(manyBytes)).isEqualTo(String.format("%04X", (300 * 0xFF) & 0xFFFF));
    }
}
