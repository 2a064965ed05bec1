package com.hallqueue.display;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.client.EventFollower;
import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.link.DeviceLink;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.modbus.CallPadBus;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall's device gateway: follows the event stream and keeps the LED strips, the hall
 * board, the voice and the call pads in step with it; turns pad presses into requests.
 * Every (re)connection starts from a snapshot, so after a server restart or a dropped
 * network the strips are simply redrawn from it.
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

    Gateway(HallClient hall, GatewayConfig config, Speaker speaker) {
        this.events = new EventFollower(hall, this::onMessage);
        this.leds = config.leds() == null ? null
                : new LedWall(line(config.leds()), config.strips(), config.board());
        GatewayConfig.Voice voice = config.voice();
        this.announcer = Boolean.FALSE.equals(voice.enabled()) ? null : new Announcer(
                voice.url() == null ? hall : new HallClient(URI.create(voice.url()), hall.token()),
                voice.lang() == null ? "zh" : voice.lang(), speaker);
        this.pads = config.padsByCounter();
        this.bridge = new PadBridge(hall, view, pads);
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
    }

    private void resync(JsonNode snapshot) {
        view.reset(snapshot);
        if (leds != null) {
            leds.forget();
            leds.latestCalls(view.recentCalls());
        }
        view.counters().forEach(this::counterChanged);
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
        GatewayConfig.PadSet set = pads.get(counter.path("number").asInt());
        if (bus != null && set != null) {
            showOnPads(set, counter);
        }
    }

    private void showOnPads(GatewayConfig.PadSet set, JsonNode counter) {
        var display = bridge.display(counter);
        if (set.pad() != null) {
            bus.show(set.pad(), display);
        }
        if (set.evaluator() != null && !set.evaluator().equals(set.pad())) {
            bus.show(set.evaluator(), display);
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
