package com.hallqueue.hardware.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import com.ghgande.j2mod.modbus.util.SerialParameters;
import com.hallqueue.hardware.link.DeviceLink;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.testing.Hex;
import com.hallqueue.hardware.testing.J2modSlaves;
import com.hallqueue.hardware.testing.Socat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bus master against an independent Modbus implementation: a j2mod RTU slave at
 * unit 7 on the far end of a socat pty pair. Skipped where socat is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallPadBusWithJ2modSlaveTest {

    private static final Duration REPLY_TIMEOUT = Duration.ofMillis(500);

    @TempDir
    static Path dir;

    private Socat socat;
    private ModbusSlave slave;
    private final SimpleProcessImage pad = new SimpleProcessImage(7);
    private final List<Object> heard = new ArrayList<>();

    @BeforeAll
    void startSlave() throws Exception {
        socat = Socat.ptyPair(dir);
        IntStream.range(0, 16).forEach(r -> pad.addRegister(new SimpleRegister(0)));
        SerialParameters line = new SerialParameters(socat.endB.toString(), 9600, 0, 0, 8, 1, 0, false);
        line.setEncoding(Modbus.SERIAL_ENCODING_RTU);
        line.setOpenDelay(0);
        slave = ModbusSlaveFactory.createSerialSlave(line);
        slave.addProcessImage(7, pad);
        slave.open();
    }

    @BeforeEach
    void clearRegisters() {
        IntStream.range(0, 16).forEach(r -> pad.getRegister(r).setValue(0));
        heard.clear();
    }

    /** Started once; stopped before its serial pair goes (see {@link J2modSlaves#close}). */
    @AfterAll
    void stopSlave() throws Exception {
        if (slave != null) {
            J2modSlaves.close(slave);
        }
        if (socat != null) {
            socat.close();
        }
    }

    @Test
    void theSlaveAnswersTheKnownReadWithTheKnownGoodReplyBytes() throws Exception {
        pad.getRegister(1).setValue(5);
        try (DeviceLink link = Links.serial(socat.endA.toString(), SerialSettings.DEFAULT)) {
            link.write(RtuFrames.readHoldingRegisters(7, 0, 2));

            assertThat(Hex.of(readFrame(link, 9))).isEqualTo("07 03 04 00 00 00 05 5C 30");
        }
    }

    @Test
    void theSlaveAcceptsTheKnownWriteAndEchoesIt() throws Exception {
        try (DeviceLink link = Links.serial(socat.endA.toString(), SerialSettings.DEFAULT)) {
            link.write(Hex.bytes("07 06 00 01 00 05 18 6F"));

            assertThat(Hex.of(readFrame(link, 8))).isEqualTo("07 06 00 01 00 05 18 6F");
            assertThat(pad.getRegister(1).getValue()).isEqualTo(5);
        }
    }

    @Test
    void aPressOnTheSlaveIsReportedAndAcknowledgedThroughAReconnectingSerialLink() {
        pad.getRegister(0).setValue(CallKey.CALL_NEXT.code());
        pad.getRegister(1).setValue(5);

        try (CallPadBus bus = new CallPadBus(reconnectingLink(), List.of(7), recorder(), REPLY_TIMEOUT)) {
            bus.pollOnce();
            bus.pollOnce();

            assertThat(heard).containsExactly(new PadKey(7, CallKey.CALL_NEXT, 5));
            assertThat(pad.getRegister(PadRegisters.KEY_ACK).getValue()).isEqualTo(5);
            assertThat(bus.counters().timeouts()).isZero();
            assertThat(bus.counters().crcErrors()).isZero();
        }
    }

    @Test
    void aRatingIsReportedAndTheDisplayLandsInTheSlavesRegisters() {
        pad.getRegister(2).setValue(4);
        pad.getRegister(3).setValue(1);

        try (CallPadBus bus = new CallPadBus(reconnectingLink(), List.of(7), recorder(), REPLY_TIMEOUT)) {
            bus.show(7, new PadDisplay(CounterState.SERVING, "A001", 3, true));
            bus.pollOnce();

            assertThat(heard).containsExactly(new EvaluatorScore(7, 4, 1));
            assertThat(pad.getRegister(PadRegisters.SCORE_ACK).getValue()).isEqualTo(1);
            assertThat(registers(8, 15)).containsExactly(3, 3, 0x4130, 0x3031, 0, 0, 1);
        }
    }

    @Test
    void aUnitNobodyAnswersForIsATimeoutAndTheRealPadIsStillServed() {
        pad.getRegister(0).setValue(CallKey.RECALL.code());
        pad.getRegister(1).setValue(1);

        try (CallPadBus bus = new CallPadBus(reconnectingLink(), List.of(9, 7), recorder(), Duration.ofMillis(150))) {
            bus.pollOnce();

            assertThat(bus.counters().timeouts()).isEqualTo(1);
            assertThat(heard).containsExactly(new PadKey(7, CallKey.RECALL, 1));
        }
    }

    @Test
    void aUnitThatNeverAnswersIsBackedOffAndReportedWhileTheRealPadIsReadEveryRound() {
        try (CallPadBus bus = new CallPadBus(reconnectingLink(), List.of(9, 7), recorder(),
                BusTiming.forLine(SerialSettings.DEFAULT, Duration.ofMillis(150)), PollOrder.ROUND_ROBIN)) {
            for (int round = 1; round <= 10; round++) {
                bus.pollOnce();
            }
            pad.getRegister(0).setValue(CallKey.FINISH.code());
            pad.getRegister(1).setValue(3);
            bus.pollOnce();

            // unit 9 timed out in rounds 1, 2 and 3, and once more when tried again in round 7
            assertThat(bus.counters().timeouts()).isEqualTo(4);
            assertThat(bus.silentUnits()).containsExactly(9);
            assertThat(heard).containsExactly(new PadKey(7, CallKey.FINISH, 3));
        }
    }

    private DeviceLink reconnectingLink() {
        return Links.reconnecting(() -> Links.serial(socat.endA.toString(), SerialSettings.DEFAULT));
    }

    private int[] registers(int from, int to) {
        return IntStream.range(from, to).map(r -> pad.getRegister(r).getValue()).toArray();
    }

    private PadListener recorder() {
        return new PadListener() {
            @Override
            public void keyPressed(PadKey key) {
                heard.add(key);
            }

            @Override
            public void scored(EvaluatorScore score) {
                heard.add(score);
            }
        };
    }

    private static byte[] readFrame(DeviceLink link, int length) throws Exception {
        byte[] frame = new byte[length];
        byte[] chunk = new byte[length];
        int have = 0;
        while (have < length) {
            int got = link.read(chunk, Duration.ofSeconds(2));
            if (got == 0) {
                break;
            }
            System.arraycopy(chunk, 0, frame, have, Math.min(got, length - have));
            have += got;
        }
        return Arrays.copyOf(frame, have);
    }
}
