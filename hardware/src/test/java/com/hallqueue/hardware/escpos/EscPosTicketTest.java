package com.hallqueue.hardware.escpos;

import static com.hallqueue.hardware.testing.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EscPosTicketTest {

    private static final String URL = "https://hall.example/t/A001";

    private final TicketPrint ticket = new TicketPrint("海关业务大厅", "报关业务", "A001", 3,
            "约15分钟", "2024-05-06 09:12", URL, "12360", null);

    private final byte[] printed = EscPosTicket.encode(ticket);

    @Test
    void theTicketStartsByResettingThePrinterAndSwitchingToChinese() {
        assertThat(Arrays.copyOf(printed, 4)).containsExactly(bytes("1B 40 1C 26"));
    }

    @Test
    void theTicketEndsByFeedingAndCutting() {
        assertThat(Arrays.copyOfRange(printed, printed.length - 4, printed.length))
                .containsExactly(bytes("1D 56 42 04"));
    }

    @Test
    void theNumberIsPrintedFourTimesTheNormalSizeAndThenTheSizeIsRestored() {
        assertThat(indexOf(printed, bytes("1D 21 33 41 30 30 31 0A 1D 21 00"))).isPositive();
    }

    @Test
    void theQrCodeUsesModelTwoSizeSixLevelMAndIsStoredThenPrinted() {
        byte[] url = URL.getBytes(StandardCharsets.US_ASCII);
        int storeLength = url.length + 3;
        byte[] expected = concat(
                bytes("1D 28 6B 04 00 31 41 32 00"),
                bytes("1D 28 6B 03 00 31 43 06"),
                bytes("1D 28 6B 03 00 31 45 31"),
                new byte[] {0x1D, 0x28, 0x6B, (byte) storeLength, 0x00, 0x31, 0x50, 0x30}, url,
                bytes("1D 28 6B 03 00 31 51 30"));

        assertThat(indexOf(printed, expected)).isPositive();
    }

    @Test
    void chineseTextIsSentInGb18030() {
        // 过号请重新取号, the default footer, as GB18030 bytes taken from the code chart.
        byte[] footer = bytes("B9 FD BA C5 C7 EB D6 D8 D0 C2 C8 A1 BA C5 0A");

        assertThat(indexOf(printed, footer)).isPositive();
    }

    @Test
    void everyLineTheCitizenNeedsIsOnTheTicketInOrder() {
        String text = new String(printed, EscPosWriter.GB18030);

        assertThat(text).containsSubsequence("海关业务大厅", "报关业务", "A001", "您前面还有 3 人",
                "预计等待: 约15分钟", "取号时间: 2024-05-06 09:12", URL, "服务热线: 12360", "过号请重新取号");
    }

    @Test
    void blankOptionalPartsAreLeftOffThePaper() {
        TicketPrint bare = new TicketPrint("大厅", "综合", "B002", 0, " ", null, "", null, "");
        String text = new String(EscPosTicket.encode(bare), EscPosWriter.GB18030);

        assertThat(text).doesNotContain("预计等待", "取号时间", "服务热线").contains("过号请重新取号");
        assertThat(indexOf(EscPosTicket.encode(bare), bytes("1D 28 6B"))).isNegative();
    }

    @Test
    void everyByteBelongsToACommandATicketIsAllowedToUse() {
        assertThat(EscPosStream.commandsIn(printed)).containsExactly(
                "ESC @", "FS &", "ESC a", "GS !", "GS !", "GS !", "GS !",
                "GS ( k", "GS ( k", "GS ( k", "GS ( k", "GS ( k", "GS V");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
