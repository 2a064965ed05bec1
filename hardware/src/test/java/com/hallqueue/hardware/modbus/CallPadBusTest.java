package com.hallqueue.hardware.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.hardware.link.SerialSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallPadBusTest {

    private final SimulatedPads bus = new SimulatedPads();
    private final List<Object> heard = new ArrayList<>();
    private final PadListener listener = new PadListener() {
        @Override
        public void keyPressed(PadKey key) {
            heard.add(key);
        }

        @Override
        public void scored(EvaluatorScore score) {
            heard.add(score);
        }
    };
    private final CallPadBus master;

    CallPadBusTest() {
        bus.pad(1);
        bus.pad(2);
        master = new CallPadBus(bus, List.of(1, 2), listener, Duration.ofMillis(50));
    }

    @Test
    void aKeyPressIsReportedOnceAndAcknowledged() {
        bus.pad(2).press(CallKey.CALL_NEXT);

        master.pollOnce();
        master.pollOnce();

        assertThat(heard).containsExactly(new PadKey(2, CallKey.CALL_NEXT, 1));
        assertThat(bus.pad(2).keys).isEmpty();
        assertThat(bus.pad(2).registers[PadRegisters.KEY_ACK]).isEqualTo(1);
    }

    @Test
    void twoPressesBetweenPollsAreBothReportedInOrder() {
        bus.pad(1).press(CallKey.CALL_NEXT);
        bus.pad(1).press(CallKey.RECALL);

        master.pollOnce();
        master.pollOnce();
        master.pollOnce();

        assertThat(heard).containsExactly(new PadKey(1, CallKey.CALL_NEXT, 1), new PadKey(1, CallKey.RECALL, 2));
    }

    @Test
    void aLostAcknowledgementIsSentAgainButThePressIsNotReportedTwice() {
        bus.pad(1).press(CallKey.FINISH);
        master.pollOnce();
        assertThat(bus.pad(1).keys).isEmpty();

        bus.pad(1).press(CallKey.NO_SHOW);
        bus.loseOneRequestAfter(1);
        master.pollOnce();
        assertThat(bus.pad(1).keys).hasSize(1);

        master.pollOnce();

        assertThat(heard).containsExactly(new PadKey(1, CallKey.FINISH, 1), new PadKey(1, CallKey.NO_SHOW, 2));
        assertThat(bus.pad(1).keys).isEmpty();
    }

    @Test
    void aRatingFromTheEvaluatorIsReportedWithItsOwnSequence() {
        bus.pad(2).press(CallKey.FINISH);
        bus.pad(2).rate(5);

        master.pollOnce();

        assertThat(heard).containsExactly(new PadKey(2, CallKey.FINISH, 1), new EvaluatorScore(2, 5, 1));
        assertThat(bus.pad(2).scores).isEmpty();
    }

    @Test
    void eachUnitIsReadForTheRegistersOfItsRoleOnly() {
        SimulatedPads line = new SimulatedPads();
        line.pad(1).press(CallKey.CALL_NEXT);
        line.pad(11).rate(4);
        line.pad(3).press(CallKey.FINISH);
        line.pad(3).rate(5);
        Map<Integer, PadRole> roles = new LinkedHashMap<>();
        roles.put(1, PadRole.CALL_PAD);
        roles.put(3, PadRole.BOTH);
        roles.put(11, PadRole.EVALUATOR);
        CallPadBus byRole = new CallPadBus(line, roles, listener,
                BusTiming.forLine(SerialSettings.DEFAULT, Duration.ofMillis(50)), PollOrder.ROUND_ROBIN);

        byRole.pollOnce();

        assertThat(heard).containsExactly(new PadKey(1, CallKey.CALL_NEXT, 1), new PadKey(3, CallKey.FINISH, 1),
                new EvaluatorScore(3, 5, 1), new EvaluatorScore(11, 4, 1));
        assertThat(line.lastRead(1)).as("start, count").containsExactly(0, 2);
        assertThat(line.lastRead(3)).containsExactly(0, 4);
        assertThat(line.lastRead(11)).containsExactly(2, 2);
        assertThat(line.pad(1).keys).isEmpty();
        assertThat(line.pad(11).scores).isEmpty();
    }

    @Test
    void aUnitNamedBothAsAPadAndAsAnEvaluatorIsReadAsBoth() {
        assertThat(PadRole.CALL_PAD.with(PadRole.EVALUATOR)).isEqualTo(PadRole.BOTH);
        assertThat(PadRole.CALL_PAD.with(PadRole.CALL_PAD)).isEqualTo(PadRole.CALL_PAD);
    }

    @Test
    void aSilentPadIsCountedAsATimeoutAndTheNextPadIsStillPolled() {
        bus.pads.remove(1);
        bus.pad(2).press(CallKey.PAUSE_RESUME);

        master.pollOnce();

        assertThat(master.counters().timeouts()).isEqualTo(1);
        assertThat(master.isAnswering(1)).isFalse();
        assertThat(master.isAnswering(2)).isTrue();
        assertThat(heard).containsExactly(new PadKey(2, CallKey.PAUSE_RESUME, 1));
    }

    @Test
    void aGarbledReplyIsCountedAsACrcErrorAndThePadIsAskedAgainAtOnce() {
        bus.pad(1).press(CallKey.TRANSFER);
        bus.garbleNextReplies(1);

        master.pollOnce();

        assertThat(master.counters().crcErrors()).isEqualTo(1);
        assertThat(heard).containsExactly(new PadKey(1, CallKey.TRANSFER, 1));
    }

    @Test
    void aPadWhoseReplyIsGarbledTwiceRunningIsLeftUntilTheNextRound() {
        bus.pad(1).press(CallKey.TRANSFER);
        bus.garbleNextReplies(2);

        master.pollOnce();
        assertThat(heard).isEmpty();
        master.pollOnce();

        assertThat(master.counters().crcErrors()).isEqualTo(2);
        assertThat(heard).containsExactly(new PadKey(1, CallKey.TRANSFER, 1));
    }

    @Test
    void anUnknownKeyCodeIsCountedAcknowledgedAndNotReported() {
        SimulatedPads.Pad pad = bus.pad(1);
        pad.keys.add(new int[] {9, 1});

        master.pollOnce();

        assertThat(heard).isEmpty();
        assertThat(master.counters().unknownCodes()).isEqualTo(1);
        assertThat(pad.keys).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotStallTheBus() {
        CallPadBus withBadListener = new CallPadBus(bus, List.of(1, 2), new PadListener() {
            @Override
            public void keyPressed(PadKey key) {
                throw new IllegalStateException("engine busy");
            }

            @Override
            public void scored(EvaluatorScore score) {
            }
        }, Duration.ofMillis(50));
        bus.pad(1).press(CallKey.CALL_NEXT);

        withBadListener.pollOnce();

        assertThat(bus.pad(1).keys).isEmpty();
    }

    @Test
    void theCounterDisplayIsWrittenToTheRegistersOfThatPad() {
        master.show(2, new PadDisplay(CounterState.CALLING, "A001", 12, true));

        master.pollOnce();

        int[] registers = bus.pad(2).registers;
        assertThat(java.util.Arrays.copyOfRange(registers, 8, 15))
                .containsExactly(2, 12, 0x4130, 0x3031, 0, 0, 1);
        assertThat(bus.pad(1).registers[8]).isZero();
    }

    @Test
    void aDisplayWriteThatGotNoAnswerIsRetriedNextRound() {
        master.show(1, new PadDisplay(CounterState.PAUSED, "", 0, false));
        bus.loseOneRequestAfter(2); // the reads of pads 1 and 2 get through, the write after them is lost

        master.pollOnce();
        assertThat(bus.pad(1).registers[8]).isZero();
        master.pollOnce();

        assertThat(bus.pad(1).registers[8]).isEqualTo(CounterState.PAUSED.code());
    }

    @Test
    void showingOnAPadThatIsNotOnTheBusIsRefused() {
        assertThatThrownBy(() -> master.show(9, new PadDisplay(CounterState.IDLE, "", 0, false)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRequestIsCounted() {
        master.pollOnce();

        assertThat(master.counters().requests()).isEqualTo(2);
        assertThat(master.counters()).isEqualTo(new BusCounters(2, 0, 0, 0, 0, 0, 0));
    }
}
