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
    private static final Duration BUS_PAUSE = Duration.ofMillis(50);

    private final HallView view = new HallView();
    private final EventFollower events;
    private final LedWall leds;
    private final Announcer announcer;
    private final PadBridge bridge;
    private final CallPadBus bus;
    private final Map<Integer, GatewayConfig.PadSet> pads;
    private final Map<Integer, PadDisplay> onPads = new HashMap<>();

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
        int timeout = config.replyTimeoutMillis() == null ? 200 : config.replyTimeoutMillis();
        return new CallPadBus(line(config.line()), units, bridge, Duration.ofMillis(timeout));
    }

    private static void addUnit(List<Integer> units, Integer unit) {
        if (unit != null && !units.contains(unit)) {
            units.add(unit);
        }
    }

    public void start() {
        events.start();
        if (bus != null) {
            bus.start(BUS_PAUSE);
        }
    }

    private void onMessage(JsonNode m) {
        String type = m.path("type").asText();
        if (type.equals("snapshot")) {
            resync(m);
            return;
        }
        view.queue(m.path("queue"));
        JsonNode ticket = m.path("ticket");
        switch (type) {
            case "ticket.called", "ticket.recalled" -> called(ticket, type.equals("ticket.called"));
            case "ticket.finished" -> view.served(ticket);
            case "ticket.rated" -> rated(ticket.path("counter").asInt());
            default -> { }
        }
        if (m.path("counter").isObject()) {
            counterChanged(m.path("counter"));
        }
        refreshPads();
    }

    private void resync(JsonNode snapshot) {
        view.reset(snapshot);
        if (leds != null) {
            leds.forget();
            leds.latestCalls(view.recentCalls());
        }
        onPads.clear();
        view.counters().forEach(this::counterChanged);
        refreshPads();
        LOG.info("in step with the hall: {} counters", view.counters().size());
    }

    private void called(JsonNode ticket, boolean first) {
        int counter = ticket.path("counter").asInt();
        if (first) {
            view.ratingDone(counter);
            view.called(ticket);
            if (leds != null) {
                leds.latestCalls(view.recentCalls());
            }
        }
        if (announcer != null) {
            announcer.announce(ticket.path("number").asText(), counter);
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

    /** Only a change goes on the bus; a snapshot clears the memory so every pad is told again. */
    private void show(Integer unit, PadDisplay display) {
        if (unit != null && !display.equals(onPads.get(unit))) {
            bus.show(unit, display);
            onPads.put(unit, display);
        }
    }

    @Override
    public void close() {
        events.close();
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
