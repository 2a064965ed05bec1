package com.hallqueue.display;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.client.EventFollower;
import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.link.DeviceLink;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.modbus.CallPadBus;
import com.hallqueue.hardware.modbus.PadDisplay;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                : new LedWall(line(config.leds()), config.strips(), config.board());
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

    private CallPadBus bus(GatewayConfig.Pads config) {
        List<Integer> units = new ArrayList<>();
        pads.values().forEach(p -> {
            addUnit(units, p.pad());
            addUnit(units, p.evaluator());
        });
        return new CallPadBus(line(config.line()), units, bridge, config.timing(), config.pollOrder());
    }

    private static void addUnit(List<Integer> units, Integer unit) {
        if (unit != null && !units.contains(unit)) {
            units.add(unit);
        }
    }

    public void start() {
        events.start();
        if (bus != null) {
            bus.start(busPause);
        }
    }

    /**
     * On a call the voice is set going first (the clip is fetched and played on its own
     * thread), then the called counter's strip is written, and only then the hall board:
     * at 9600 baud the board's frame alone holds the line for about 0.13 s.
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
            announce(ticket);
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

    private void announce(JsonNode ticket) {
        if (announcer != null) {
            announcer.announce(ticket.path("number").asText(), ticket.path("counter").asInt());
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
