package com.hallqueue.display;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.client.EventFollower;
import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.link.DeviceLink;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.modbus.BusCounters;
import com.hallqueue.hardware.modbus.CallPadBus;
import com.hallqueue.hardware.modbus.PadRole;
import com.hallqueue.hardware.modbus.PadDisplay;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall's device gateway: follows the event stream and keeps the LED strips, the hall
 * board, the voice and the call pads in step with it; turns pad presses into requests.
 * Every (re)connection starts from a snapshot, so after a server restart or a dropped
 * network the strips are simply redrawn from it. {@code stateDir} keeps the pads' last
 * handled presses, so a restarted gateway does not act on a press twice.
 */
public final class Gateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    /**
     * The longest a call's strip waits for its voice to begin. Fetching a clip from the hall
     * takes a few ms; only a clip server in trouble makes the strip wait this long.
     */
    static final Duration VOICE_LEAD = Duration.ofMillis(500);

    private final HallView view = new HallView();
    private final EventFollower events;
    private final LedWall leds;
    private final Announcer announcer;
    private final PadBridge bridge;
    private final CallPadBus bus;
    private final Duration busPause;
    private final Map<Integer, GatewayConfig.PadSet> pads;
    private final Map<Integer, PadDisplay> onPads = new HashMap<>();
    private final HallClient hall;
    private final BroadcastDevices broadcasts;

    Gateway(HallClient hall, GatewayConfig config, Speaker speaker, Path stateDir) throws IOException {
        this.events = new EventFollower(hall, this::onMessage);
        this.leds = config.leds() == null ? null
                : new LedWall(line(config.leds()), config.leds().baudOrDefault(), config.strips(),
                        config.board());
        GatewayConfig.Voice voice = config.voice();
        this.announcer = Boolean.FALSE.equals(voice.enabled()) ? null : new Announcer(
                voice.url() == null ? hall : new HallClient(URI.create(voice.url()), hall.token()),
                voice.lang() == null ? "zh" : voice.lang(), speaker);
        this.pads = config.padsByCounter();
        this.bridge = new PadBridge(hall, view, pads, HandledPresses.in(stateDir,
                config.pads() == null ? "" : config.pads().line().port()));
        this.bus = pads.isEmpty() ? null : bus(config.pads());
        this.busPause = config.pads() == null ? Duration.ZERO : config.pads().roundPause();
        this.hall = hall;
        this.broadcasts = new BroadcastDevices(leds, announcer);
    }

    private static DeviceLink line(GatewayConfig.Line line) {
        SerialSettings settings = SerialSettings.DEFAULT.withBaud(line.baudOrDefault());
        return Links.reconnecting(() -> Links.serial(line.port(), settings));
    }

    /** Each unit is read for what it is: a counter's pad, an evaluator, or one device that is both. */
    private CallPadBus bus(GatewayConfig.Pads config) {
        Map<Integer, PadRole> units = new LinkedHashMap<>();
        pads.values().forEach(p -> {
            addUnit(units, p.pad(), PadRole.CALL_PAD);
            addUnit(units, p.evaluator(), PadRole.EVALUATOR);
        });
        return new CallPadBus(line(config.line()), units, bridge, config.timing(), config.pollOrder());
    }

    private static void addUnit(Map<Integer, PadRole> units, Integer unit, PadRole role) {
        if (unit != null) {
            units.merge(unit, role, PadRole::with);
        }
    }

    public void start() {
        if (announcer != null) {
            announcer.warmUp();
        }
        events.start();
        if (bus != null) {
            bus.start(busPause);
        }
    }

    /**
     * On a call the voice is set going first (the clip is fetched and played on its own
     * thread) and the called counter's strip is written once the voice has begun, so the
     * citizen never reads a call before hearing it; only then the hall board: at 9600 baud
     * the board's frame alone holds the line for about 0.13 s. A voice that has not begun
     * within {@link #VOICE_LEAD} (a slow or absent clip server) does not hold the strip longer.
     */
    private void onMessage(JsonNode m) {
        String type = m.path("type").asText();
        if (type.equals("snapshot")) {
            resync(m);
            askForBroadcast();
            return;
        }
        view.queue(m.path("queue"));
        JsonNode ticket = m.path("ticket");
        boolean call = type.equals("ticket.called") || type.equals("ticket.recalled");
        if (call) {
            awaitVoice(announce(ticket));
        }
        if (m.path("counter").isObject()) {
            counterChanged(m.path("counter"));
        }
        switch (type) {
            case "ticket.called" -> called(ticket);
            case "ticket.finished" -> view.served(ticket);
            case "ticket.rated" -> rated(ticket.path("counter").asInt());
            case "broadcast.started" -> broadcasts.started(m.path("broadcast"));
            case "broadcast.cleared" -> broadcasts.cleared(m.path("broadcast"));
            default -> { }
        }
        refreshPads();
    }

    /**
     * Only what differs from what the strips, the board and the pads last showed goes out
     * (a pad that lost power is told again by the bus when it answers again).
     */
    private void resync(JsonNode snapshot) {
        view.reset(snapshot);
        view.counters().forEach(this::counterChanged);
        if (leds != null) {
            leds.latestCalls(view.recentCalls());
        }
        refreshPads();
        if (bus != null) {
            bridge.reportHealth();
        }
        LOG.info("in step with the hall: {} counters", view.counters().size());
    }

    /**
     * The snapshot does not carry the emergency broadcast: it is asked for at every (re)connection,
     * so a gateway started, or reconnected, while one is up shows it too. Unanswered: left as shown.
     */
    private void askForBroadcast() {
        try {
            broadcasts.upNow(hall.get("api/v1/broadcast").path("broadcast"));
        } catch (IOException | HallClient.Refused e) {
            LOG.warn("could not ask for the emergency broadcast: {}", e.getMessage());
        }
    }

    private CompletableFuture<Void> announce(JsonNode ticket) {
        if (announcer == null) {
            return CompletableFuture.completedFuture(null);
        }
        return announcer.announce(ticket.path("number").asText(), ticket.path("counter").asInt());
    }

    private static void awaitVoice(CompletableFuture<Void> begun) {
        try {
            begun.get(VOICE_LEAD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.info("the voice has not begun within {} ms; the strip goes ahead", VOICE_LEAD.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void called(JsonNode ticket) {
        view.ratingDone(ticket.path("counter").asInt());
        view.called(ticket);
        if (leds != null) {
            leds.latestCalls(view.recentCalls());
        }
    }

    /** The evaluator goes dark once the ticket is rated, whoever rated it. */
    private void rated(int counter) {
        view.ratingDone(counter);
        view.counter(counter).ifPresent(this::counterChanged);
    }

    private void counterChanged(JsonNode counter) {
        view.counter(counter);
        if (leds != null) {
            leds.counter(counter);
        }
    }

    /** After every message: a ticket issued anywhere may change how many wait at several counters. */
    private void refreshPads() {
        if (bus == null) {
            return;
        }
        pads.values().forEach(set -> view.counter(set.counter()).ifPresent(counter -> {
            PadDisplay display = bridge.display(counter);
            show(set.pad(), display);
            show(set.evaluator(), display);
        }));
    }

    /** Only a change goes on the bus. */
    private void show(Integer unit, PadDisplay display) {
        if (unit != null && !display.equals(onPads.get(unit))) {
            bus.show(unit, display);
            onPads.put(unit, display);
        }
    }

    /** How the pad bus has been doing (null without pads). */
    BusCounters busCounters() {
        return bus == null ? null : bus.counters();
    }

    @Override
    public void close() {
        events.close();
        broadcasts.close();
        if (bus != null) {
            bus.close();
        }
        bridge.close();
        if (leds != null) {
            leds.close();
        }
        if (announcer != null) {
            announcer.close();
        }
    }
}
