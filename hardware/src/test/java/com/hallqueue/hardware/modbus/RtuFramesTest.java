package com.hallqueue.hardware.modbus;

import static com.hallqueue.hardware.testing.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.hardware.testing.Hex;
import com.hallqueue.hardware.testing.ReferenceCrc;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RtuFramesTest {

    private final Counters counters = new Counters();

    @Test
    void writeRegisterOneAsFiveOnUnitSevenMatchesTheKnownGoodBytes() {
        assertThat(Hex.of(RtuFrames.writeSingleRegister(7, 1, 5))).isEqualTo("07 06 00 01 00 05 18 6F");
    }

    @Test
    void theKnownGoodReadReplyGivesRegistersZeroAndFive() {
        byte[] request = RtuFrames.readHoldingRegisters(7, 0, 2);
        Optional<byte[]> reply = ReplyCheck.check(request, bytes("07 03 04 00 00 00 05 5C 30"), 9, counters);

        assertThat(reply).isPresent();
        assertThat(RtuFrames.registers(reply.get())).containsExactly(0, 5);
        assertThat(counters.snapshot().crcErrors()).isZero();
    }

    @Test
    void aReadRequestCarriesStartCountAndTheReferenceCrcLowByteFirst() {
        byte[] frame = RtuFrames.readHoldingRegisters(0x11, 0x006B, 3);

        assertThat(Arrays.copyOf(frame, 6)).containsExactly(bytes("11 03 00 6B 00 03"));
        int crc = ReferenceCrc.modbus(frame, 6);
        assertThat(frame[6] & 0xFF).isEqualTo(crc & 0xFF);
        assertThat(frame[7] & 0xFF).isEqualTo(crc >>> 8);
    }

    @Test
    void aMultipleRegisterWriteCarriesTheByteCountAndBigEndianValues() {
        byte[] frame = RtuFrames.writeRegisters(3, 8, new int[] {2, 0x4130});

        assertThat(Arrays.copyOf(frame, 11)).containsExactly(bytes("03 10 00 08 00 02 04 00 02 41 30"));
        assertThat(ReferenceCrc.modbus(frame, frame.length)).isZero();
    }

    @Test
    void aReplyWithAFlippedBitIsCountedAsACrcError() {
        byte[] request = RtuFrames.readHoldingRegisters(7, 0, 2);

        assertThat(ReplyCheck.check(request, bytes("07 03 04 00 01 00 05 5C 30"), 9, counters)).isEmpty();
        assertThat(counters.snapshot().crcErrors()).isEqualTo(1);
    }

    @Test
    void anExceptionReplyIsCountedAndGivesNothing() {
        byte[] request = RtuFrames.readHoldingRegisters(7, 0, 2);
        byte[] exception = withReferenceCrc(bytes("07 83 02"));

        assertThat(ReplyCheck.check(request, exception, 9, counters)).isEmpty();
        assertThat(counters.snapshot().exceptionReplies()).isEqualTo(1);
    }

    @Test
    void aReplyFromAnotherUnitIsMalformed() {
        byte[] request = RtuFrames.readHoldingRegisters(7, 0, 2);
        byte[] fromEight = withReferenceCrc(bytes("08 03 04 00 00 00 05"));

        assertThat(ReplyCheck.check(request, fromEight, 9, counters)).isEmpty();
        assertThat(counters.snapshot().malformedReplies()).isEqualTo(1);
    }

    @Test
    void aShortReplyCountsAsATimeout() {
        byte[] request = RtuFrames.readHoldingRegisters(7, 0, 2);

        assertThat(ReplyCheck.check(request, bytes("07 03 04 00"), 9, counters)).isEmpty();
        assertThat(counters.snapshot().timeouts()).isEqualTo(1);
    }

    static byte[] withReferenceCrc(byte[] body) {
        int crc = ReferenceCrc.modbus(body, body.length);
        byte[] frame = Arrays.copyOf(body, body.length + 2);
        frame[body.length] = (byte) crc;
        frame[body.length + 1] = (byte) (crc >>> 8);
        return frame;
    }
}
