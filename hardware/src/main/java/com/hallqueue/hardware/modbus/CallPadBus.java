package com.hallqueue.hardware.modbus;

import com.hallqueue.hardware.link.DeviceLink;
import com.hallqueue.hardware.link.SerialSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Master of the RS-485 bus that links the counters' call pads (呼叫器) and evaluators
 * (评价器). Pads never speak unasked: each round reads every pad in turn, passes new key
 * presses and ratings to the listener and acknowledges them; then it writes one display
 * change waiting for a pad, if any. Timeouts and CRC errors are counted and the round moves on.
 *
 * <p>Holding registers of each pad (full description in hardware/REGISTERS.md):
 * <pre>
 *  0 KEY          oldest unacknowledged key: 0 none, 1 call next, 2 recall, 3 start,
 *                 4 finish, 5 no-show, 6 pause/resume, 7 transfer        (pad writes)
 *  1 KEY_SEQ      press number of that key, 1..65535 then 1 again         (pad writes)
 *  2 SCORE        oldest unacknowledged rating: 0 none, 1..5              (pad writes)
 *  3 SCORE_SEQ    rating number of that score                             (pad writes)
 *  4 KEY_ACK      last KEY_SEQ the master handled; the pad then drops it  (master writes)
 *  5 SCORE_ACK    last SCORE_SEQ the master handled                       (master writes)
 *  8 STATE        0 closed, 1 idle, 2 calling, 3 serving, 4 paused        (master writes)
 *  9 WAITING      people waiting for this counter                         (master writes)
 * 10-13 TICKET    ticket number, 8 ASCII characters, high byte first      (master writes)
 * 14 ASK_RATING   1 = light the evaluator and ask for a rating            (master writes)
 * </pre>
 * Because the pad keeps presses until they are acknowledged, two quick presses between
 * polls are both reported; because the master remembers the sequence it passed on, a lost
 * acknowledgement leads to a second acknowledgement, not a second call.
 *
 * <p>A pad that stops answering is logged as a device fault, told to the listener, and backed off (see
 * {@link PadUnit}) instead of costing its reply timeout every round; when it answers again
 * it is told its display afresh, since it may have lost power. Which pads a round reads is
 * the {@link PollOrder}'s.
 */
public final class CallPadBus implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallPadBus.class);

    private final DeviceLink link;
    private final RtuMaster master;
    private final Counters counters = new Counters();
    private final Map<Integer, PadUnit> units = new LinkedHashMap<>();
    private final PendingDisplays pendingDisplays = new PendingDisplays();
    private final PadInputs inputs;
    private final PadListener listener;
    private final PollPlan plan;
    private final Duration replyTimeout;
    private volatile Thread loop;

    /** A bus at 9600 8N1, the pads' factory setting. */
    public CallPadBus(DeviceLink link, List<Integer> unitAddresses, PadListener listener, Duration replyTimeout) {
        this(link, unitAddresses, listener, BusTiming.forLine(SerialSettings.DEFAULT, replyTimeout));
    }

    /** Every pad every round, in address order. */
    public CallPadBus(DeviceLink link, List<Integer> unitAddresses, PadListener listener, BusTiming timing) {
        this(link, unitAddresses, listener, timing, PollOrder.ROUND_ROBIN);
    }

    /** Every unit read as both a call pad and an evaluator. */
    public CallPadBus(DeviceLink link, List<Integer> unitAddresses, PadListener listener, BusTiming timing,
            PollOrder order) {
        this(link, bothRoles(unitAddresses), listener, timing, order);
    }

    /** The bus owns {@code link} and closes it on {@link #close()}; each unit is read as its role asks. */
    public CallPadBus(DeviceLink link, Map<Integer, PadRole> unitRoles, PadListener listener, BusTiming timing,
            PollOrder order) {
        this.link = link;
        this.master = new RtuMaster(link, timing, counters);
        this.replyTimeout = timing.replyTimeout();
        unitRoles.forEach((address, role) -> units.put(address, new PadUnit(address, role)));
        this.inputs = new PadInputs(master, listener, counters);
        this.listener = listener;
        this.plan = new PollPlan(units.values(), order);
    }

    private static Map<Integer, PadRole> bothRoles(List<Integer> unitAddresses) {
        Map<Integer, PadRole> roles = new LinkedHashMap<>();
        unitAddresses.forEach(address -> roles.put(address, PadRole.BOTH));
        return roles;
    }

    /** One round: the pads the poll order picks, in turn. Safe to call from one thread at a time only. */
    public void pollOnce() {
        pollRound();
    }

    /** Reads first, then at most one display write (see {@link PendingDisplays}). */
    private int pollRound() {
        List<PadUnit> due = plan.nextRound();
        due.forEach(this::poll);
        pendingDisplays.next(units).ifPresent(next -> write(units.get(next.getKey()), next.getValue()));
        return due.size();
    }

    /** Reads the pad's inputs; a pad that does not answer is not written to until it does (see {@link PendingDisplays}). */
    private void poll(PadUnit unit) {
        var registers = readInputs(unit);
        if (registers.isEmpty()) {
            missed(unit);
            return;
        }
        if (unit.answered()) {
            log.info("call-pad unit {} answers again", unit.address);
            tell(() -> listener.unitAnswersAgain(unit.address));
            PadDisplay last = unit.lastShown;
            if (last != null) {
                unit.lastShown = null; // it may have lost power: all of the display goes again, not just a count
                pendingDisplays.putIfAbsent(unit.address, last);
            }
        }
        inputs.handle(unit, registers.get());
    }

    /**
     * A reply that came but was spoilt (a CRC error or a malformed frame: noise on the line)
     * is asked for again at once, once: the pad is there, and another read costs ~25 ms at
     * 9600 baud where waiting for the next round would hold a press back a whole round.
     */
    private Optional<int[]> readInputs(PadUnit unit) {
        long spoilt = spoiltReplies();
        var registers = master.readHoldingRegisters(unit.address, unit.role.firstInput, unit.role.inputCount);
        if (registers.isEmpty() && spoiltReplies() > spoilt) {
            registers = master.readHoldingRegisters(unit.address, unit.role.firstInput, unit.role.inputCount);
        }
        return registers;
    }

    private long spoiltReplies() {
        return counters.crcErrors.get() + counters.malformedReplies.get();
    }

    private void missed(PadUnit unit) {
        if (unit.missed(plan.round())) {
            log.warn("call-pad unit {} does not answer (device fault: power, wiring or address?); "
                    + "trying it only every few rounds until it does", unit.address);
            tell(() -> listener.unitSilent(unit.address));
        }
    }

    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.warn("pad listener failed on a unit's health", e);
        }
    }

    /** Shows {@code display} on the pad in a coming round; a newer display replaces an unsent one. */
    public void show(int unit, PadDisplay display) {
        PadUnit pad = units.get(unit);
        if (pad == null) {
            throw new IllegalArgumentException("no pad at unit " + unit + " on this bus");
        }
        pad.likelyPressed = display.likelyPressed();
        pendingDisplays.put(unit, display);
    }

    /**
     * A write that got no answer stays queued until the pad answers a read again. A new count
     * of people waiting alone goes in a one-register write: 16 characters on the line instead
     * of 31, and after every call and every ticket issued most pads want one.
     */
    private void write(PadUnit unit, PadDisplay display) {
        boolean written = display.differsOnlyInWaiting(unit.lastShown)
                ? master.writeSingleRegister(unit.address, PadRegisters.WAITING, display.registers()[1])
                : master.writeRegisters(unit.address, PadRegisters.DISPLAY, display.registers());
        if (written) {
            pendingDisplays.written(unit.address, display);
            unit.lastShown = display;
        } else {
            unit.answering = false;
        }
    }

    /** The pads that stopped answering (device faults), in address order. */
    public Set<Integer> silentUnits() {
        Set<Integer> silent = new TreeSet<>();
        units.values().stream().filter(PadUnit::silent).forEach(u -> silent.add(u.address));
        return silent;
    }

    /** Whether the pad answered its last poll. */
    public boolean isAnswering(int unit) {
        PadUnit pad = units.get(unit);
        return pad != null && pad.answering;
    }

    public BusCounters counters() {
        return counters.snapshot();
    }

    /**
     * Polls on a daemon thread, resting {@code pause} between rounds (zero is fine: the RTU
     * gap before each request is kept anyway), until {@link #close()}. A round with nobody
     * to read (every pad silent and backed off) rests one reply timeout.
     */
    public synchronized void start(Duration pause) {
        if (loop != null) {
            throw new IllegalStateException("bus already running");
        }
        loop = new Thread(() -> run(pause), "call-pad-bus");
        loop.setDaemon(true);
        loop.start();
    }

    private void run(Duration pause) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                int polled = pollRound();
                long rest = polled == 0 ? replyTimeout.toMillis() : pause.toMillis();
                if (rest > 0) {
                    Thread.sleep(rest);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("call-pad bus round failed; carrying on", e);
            }
        }
    }

    @Override
    public void close() {
        Thread running = loop;
        if (running != null) {
            running.interrupt();
            joinQuietly(running);
        }
        link.close();
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
