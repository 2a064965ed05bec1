package com.hallqueue.hardware.led;

import static com.hallqueue.hardware.testing.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.hardware.testing.Hex;
import com.hallqueue.hardware.testing.ReferenceCrc;
import com.hallqueue.hardware.testing.ReferenceUnescape;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OnbonFrameTest {

    private static final String PREAMBLE = "A5 A5 A5 A5 A5 A5 A5 A5";
    private static final String HEADER_TO_ADDRESS_1 = "01 00 00 80 00 00 00 00 00 00 FE 02";

    @Test
    void pingFrameMatchesTheKnownGoodBytes() {
        assertThat(Hex.of(OnbonFrame.ping(1))).isEqualTo(
                "A5 A5 A5 A5 A5 A5 A5 A5 01 00 00 80 00 00 00 00 00 00 FE 02 05 00 A2 00 01 00 00 68 F8 5A");
    }

    @Test
    void clearFrameMatchesTheKnownGoodBytes() {
        assertThat(Hex.of(OnbonFrame.clear(1))).isEqualTo(
                "A5 A5 A5 A5 A5 A5 A5 A5 01 00 00 80 00 00 00 00 00 00 FE 02 05 00 A3 10 01 00 00 51 F8 5A");
    }

    @Test
    void theScreenAddressIsSentLittleEndian() {
        byte[] frame = OnbonFrame.ping(0x0302);

        assertThat(Arrays.copyOfRange(frame, 8, 10)).containsExactly(0x02, 0x03);
    }

    @Test
    void dynamicTextFrameMatchesTheDocumentedLayout() {
        OnbonArea strip = OnbonArea.wholeStrip(128, 16);
        // "\C1" (red) then 请A001 in GB2312.
        byte[] text = bytes("5C 43 31 C7 EB 41 30 30 31");
        byte[] area = concat(
                bytes("00 00 80 00 00 80 80 10 00"),          // type, x|pixels, y, width|pixels, height
                bytes("00 00 00 00 00"),                      // area id, line spacing, run mode, timeout
                bytes("00 00 0A 02 02 01 00 01 0A"),          // sound, ext, centred, multi-line, auto wrap, still, exit, speed, stay
                bytes("09 00 00 00"), text);
        byte[] data = concat(bytes("A3 06 01 00 00 00 01"), new byte[] {(byte) area.length, 0}, area);

        assertThat(OnbonFrame.dynamicText(1, strip, "请A001", LedColour.RED, LedEffect.HOLD))
                .containsExactly(expectedFrame(data));
    }

    @Test
    void aScrollingTextIsSingleLineAndMovesLeftInItsColour() {
        byte[] frame = OnbonFrame.dynamicText(1, OnbonArea.wholeStrip(64, 16), "A", LedColour.GREEN,
                LedEffect.SCROLL_LEFT);

        byte[] packet = unescapedPacket(frame);
        int area = 14 + 9;
        assertThat(Arrays.copyOfRange(packet, area + 17, area + 20)).containsExactly(0x01, 0x02, 0x03);
        assertThat(Arrays.copyOfRange(packet, area + 27, area + 30)).containsExactly('\\', 'C', '2');
    }

    @Test
    void bytesThatLookLikePreambleOrEndAreEscapedAndTheCrcCoversTheUnescapedBytes() {
        // Z and [ are 5A and 5B; ァ is A5 A1 and Α is A6 A1 in GB2312.
        byte[] frame = OnbonFrame.dynamicText(1, OnbonArea.wholeStrip(64, 16), "Z[ァΑ", LedColour.YELLOW,
                LedEffect.HOLD);

        byte[] body = Arrays.copyOfRange(frame, 8, frame.length - 1);
        assertThat(body).doesNotContain((byte) 0xA5, (byte) 0x5A);
        assertThat(Hex.of(body)).contains("5B 02 5B 01 A6 02 A1 A6 01 A1");
        assertThat(frame).containsExactly(expectedFrame(dataOf(unescapedPacket(frame))));
    }

    @Test
    void backslashesInTheCallersTextAreDroppedSoTheyCannotStartAControllerCommand() {
        byte[] data = dataOf(unescapedPacket(OnbonFrame.dynamicText(1, OnbonArea.wholeStrip(64, 16), "A\\C2B",
                LedColour.RED, LedEffect.HOLD)));

        byte[] text = Arrays.copyOfRange(data, data.length - 7, data.length);
        assertThat(new String(text, StandardCharsets.US_ASCII)).isEqualTo("\\C1AC2B");
    }

    /** Preamble, escaped header + data + reference CRC, end: built without the production code. */
    private static byte[] expectedFrame(byte[] data) {
        byte[] header = concat(bytes(HEADER_TO_ADDRESS_1), new byte[] {(byte) data.length, (byte) (data.length >> 8)});
        byte[] packet = concat(header, data);
        int crc = ReferenceCrc.arc(packet);
        byte[] withCrc = concat(packet, new byte[] {(byte) crc, (byte) (crc >> 8)});
        return concat(bytes(PREAMBLE), referenceEscape(withCrc), bytes("5A"));
    }

    private static byte[] referenceEscape(byte[] raw) {
        StringBuilder hex = new StringBuilder();
        for (byte b : raw) {
            String one = String.format("%02X", b);
            hex.append(switch (one) {
                case "A5" -> "A602";
                case "A6" -> "A601";
                case "5A" -> "5B02";
                case "5B" -> "5B01";
                default -> one;
            });
        }
        return bytes(hex.toString());
    }

    /** Undoes the escaping independently, leaving header, data and CRC. */
    private static byte[] unescapedPacket(byte[] frame) {
        return ReferenceUnescape.onbon(frame, 8, frame.length - 1);
    }

    private static byte[] dataOf(byte[] packet) {
        return Arrays.copyOfRange(packet, 14, packet.length - 2);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
