package com.hallqueue.hardware.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Which pads each round reads: a silent pad is backed off and reported instead of costing
 * its timeout every round, and with the likely-first order the working counters' pads are
 * read every round while the others take turns.
 */
class PadPollingTest {

    private final SimulatedPads bus = new SimulatedPads();
    private final List<PadKey> heard = new ArrayList<>();
    private final PadListener listener = new PadListener() {
        @Override
        public void keyPressed(PadKey key) {
            heard.add(key);
        }

        @Override
        public void scored(EvaluatorScore score) {
        }
    };

    @Test
    void aPadThatStopsAnsweringIsTriedOnlyEveryFewRoundsAndReportedAsSilent() {
        bus.pad(1);
        CallPadBus master = bus(List.of(1, 2), PollOrder.ROUND_ROBIN);

        rounds(master, 20);

        // missed in rounds 1, 2 and 3, then tried after 4 and 8 more rounds: 7 and 15
        assertThat(master.counters().timeouts()).isEqualTo(5);
        assertThat(bus.reads.get(1)).isEqualTo(20);
        assertThat(master.silentUnits()).containsExactly(2);
        assertThat(master.isAnswering(2)).isFalse();
    }

    @Test
    void aPadThatAnswersAgainIsNoLongerSilentAndIsToldItsDisplayAfresh() {
        bus.pad(1);
        bus.pad(2);
        CallPadBus master = bus(List.of(1, 2), PollOrder.ROUND_ROBIN);
        master.show(2, new PadDisplay(CounterState.SERVING, "B007", 4, false));
        master.pollOnce();
        bus.pads.remove(2);
        rounds(master, 5);
        assertThat(master.silentUnits()).containsExactly(2);

        SimulatedPads.Pad poweredUp = bus.pad(2);
        rounds(master, 10);

        assertThat(master.silentUnits()).isEmpty();
        assertThat(poweredUp.registers[PadRegisters.DISPLAY]).isEqualTo(CounterState.SERVING.code());
        assertThat(poweredUp.registers[PadRegisters.DISPLAY + 1]).isEqualTo(4);
    }

    @Test
    void aPadThatDidNotAnswerTheReadIsNotSentItsDisplayThatRound() {
        bus.pad(1);
        CallPadBus master = bus(List.of(1, 2), PollOrder.ROUND_ROBIN);
        master.show(2, new PadDisplay(CounterState.CALLING, "A001", 1, false));

        master.pollOnce();

        assertThat(master.counters().timeouts()).isEqualTo(1);
        assertThat(master.counters().requests()).isEqualTo(2);
    }

    @Test
    void theWorkingCountersPadsAreReadEveryRoundAndTheOthersInTurn() {
        IntStream.rangeClosed(1, 10).forEach(bus::pad);
        CallPadBus master = bus(IntStream.rangeClosed(1, 10).boxed().toList(), PollOrder.LIKELY_FIRST);
        master.show(1, new PadDisplay(CounterState.CALLING, "A001", 3, false));
        master.show(2, new PadDisplay(CounterState.IDLE, "", 3, false));
        IntStream.rangeClosed(3, 10).forEach(u -> master.show(u, new PadDisplay(CounterState.PAUSED, "", 3, false)));
        master.pollOnce();
        bus.reads.clear();

        rounds(master, 12);

        assertThat(bus.reads.get(1)).isEqualTo(12);
        assertThat(bus.reads.get(2)).as("idle, but people wait for it").isEqualTo(12);
        IntStream.rangeClosed(3, 10).forEach(u -> assertThat(bus.reads.get(u)).as("paused pad " + u).isEqualTo(3));
    }

    @Test
    void aPressOnAPausedCountersPadStillComesThroughWithinAFewRounds() {
        IntStream.rangeClosed(1, 8).forEach(bus::pad);
        CallPadBus master = bus(IntStream.rangeClosed(1, 8).boxed().toList(), PollOrder.LIKELY_FIRST);
        IntStream.rangeClosed(1, 8).forEach(u -> master.show(u, new PadDisplay(CounterState.PAUSED, "", 0, false)));
        master.pollOnce();

        bus.pad(6).press(CallKey.PAUSE_RESUME);
        rounds(master, PollPlan.OTHERS_EVERY_ROUNDS);

        assertThat(heard).containsExactly(new PadKey(6, CallKey.PAUSE_RESUME, 1));
    }

    @Test
    void aRoundWritesOneDisplayAfterItsReadsAndANewStateBeforeANewCount() {
        IntStream.rangeClosed(1, 3).forEach(bus::pad);
        CallPadBus master = bus(List.of(1, 2, 3), PollOrder.ROUND_ROBIN);
        IntStream.rangeClosed(1, 3).forEach(u -> master.show(u, new PadDisplay(CounterState.IDLE, "", 5, false)));
        rounds(master, 3);
        IntStream.rangeClosed(1, 3).forEach(u -> assertThat(bus.pad(u).registers[PadRegisters.DISPLAY + 1]).isEqualTo(5));

        master.show(1, new PadDisplay(CounterState.IDLE, "", 4, false));
        master.show(2, new PadDisplay(CounterState.IDLE, "", 4, false));
        master.show(3, new PadDisplay(CounterState.CALLING, "A006", 4, false));
        long before = master.counters().requests();
        master.pollOnce();

        assertThat(master.counters().requests() - before).as("three reads and one write").isEqualTo(4);
        assertThat(bus.pad(3).registers[PadRegisters.DISPLAY]).isEqualTo(CounterState.CALLING.code());
        assertThat(bus.pad(1).registers[PadRegisters.DISPLAY + 1]).isEqualTo(5);
        rounds(master, 2);
        assertThat(bus.pad(1).registers[PadRegisters.DISPLAY + 1]).isEqualTo(4);
        assertThat(bus.pad(2).registers[PadRegisters.DISPLAY + 1]).isEqualTo(4);
    }

    @Test
    void aNewCountOfPeopleWaitingAloneIsWrittenToItsOwnRegisterOnly() {
        bus.pad(1);
        CallPadBus master = bus(List.of(1), PollOrder.ROUND_ROBIN);
        master.show(1, new PadDisplay(CounterState.IDLE, "", 5, false));
        master.pollOnce();
        int marker = 99; // what the pad's state register holds now, unless the master writes it again
        bus.pad(1).registers[PadRegisters.DISPLAY] = marker;

        master.show(1, new PadDisplay(CounterState.IDLE, "", 4, false));
        master.pollOnce();

        assertThat(bus.pad(1).registers[PadRegisters.WAITING]).isEqualTo(4);
        assertThat(bus.pad(1).registers[PadRegisters.DISPLAY]).as("state not written again").isEqualTo(marker);

        master.show(1, new PadDisplay(CounterState.CALLING, "A007", 4, false));
        master.pollOnce();

        assertThat(bus.pad(1).registers[PadRegisters.DISPLAY]).isEqualTo(CounterState.CALLING.code());
    }

    private CallPadBus bus(List<Integer> units, PollOrder order) {
        return new CallPadBus(bus, units, listener, new BusTiming(Duration.ofMillis(50), Duration.ZERO), order);
    }

    private static void rounds(CallPadBus master, int n) {
        for (int i = 0; i < n; i++) {
            master.pollOnce();
        }
    }
}
