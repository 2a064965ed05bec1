package com.hallqueue.display;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.modbus.BusTiming;
import com.hallqueue.hardware.modbus.PollOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The gateway's wiring, from a YAML file (see display-client/gateway-example.yaml): which
 * serial line the LED strips and the hall board hang on and at which addresses, which
 * line the call pads and evaluators share and which units belong to which counter, and
 * where the announcement clips come from.
 */
record GatewayConfig(Line leds, List<Strip> strips, Board board, Pads pads, Voice voice) {

    static final GatewayConfig NONE = new GatewayConfig(null, List.of(), null, null, new Voice(null, "zh", true));

    /** A serial line: path and baud rate (8N1). */
    record Line(String port, Integer baud) {
        int baudOrDefault() {
            return baud == null ? 9600 : baud;
        }
    }

    /** The strip over one counter: its address on the LED line and its protocol (onbon or alpha). */
    record Strip(int counter, int address, String protocol, Integer width, Integer height) {
    }

    /** The hall board: address, protocol and size; shows the latest calls. */
    record Board(int address, String protocol, Integer width, Integer height, Integer calls) {
    }

    /**
     * The RS-485 line of call pads and evaluators, and the units at each counter; how long a
     * pad may take to answer (default 200 ms), how long the bus rests after each round
     * (default 0: the RTU gap before each request is all the pads need) and the poll order:
     * {@code likely-first} (default) or {@code round-robin}.
     */
    record Pads(Line line, List<PadSet> counters, Integer replyTimeoutMillis, Integer roundPauseMillis, String order) {

        Pads(Line line, List<PadSet> counters, Integer replyTimeoutMillis) {
            this(line, counters, replyTimeoutMillis, null, null);
        }

        /** The RTU timing of the line's own baud rate. */
        BusTiming timing() {
            SerialSettings settings = SerialSettings.DEFAULT.withBaud(line.baudOrDefault());
            return BusTiming.forLine(settings, Duration.ofMillis(replyTimeoutMillis == null ? 200 : replyTimeoutMillis));
        }

        Duration roundPause() {
            return Duration.ofMillis(roundPauseMillis == null ? 0 : roundPauseMillis);
        }

        PollOrder pollOrder() {
            if (order == null || order.equals("likely-first")) {
                return PollOrder.LIKELY_FIRST;
            }
            if (order.equals("round-robin")) {
                return PollOrder.ROUND_ROBIN;
            }
            throw new IllegalArgumentException("pads.order: must be likely-first or round-robin, got \"" + order + "\"");
        }
    }

    /** A counter's call pad unit, its evaluator unit (the same unit for a combined pad) and the transfer key's target. */
    record PadSet(int counter, Integer pad, Integer evaluator, String transferToService, Integer transferToCounter) {
    }

    /** Where clips come from (default: the hall server), in which language, and whether to play at all. */
    record Voice(String url, String lang, Boolean enabled) {
    }

    static GatewayConfig read(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            GatewayConfig c = yaml.readValue(file.toFile(), GatewayConfig.class);
            return c.checked();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private GatewayConfig checked() {
        List<Strip> s = strips == null ? List.of() : strips;
        if ((!s.isEmpty() || board != null) && (leds == null || leds.port() == null)) {
            throw new IllegalArgumentException("leds.port: the serial line of the LED strips is required");
        }
        s.forEach(x -> protocol(x.protocol(), "strips[counter " + x.counter() + "].protocol"));
        if (board != null) {
            protocol(board.protocol(), "board.protocol");
        }
        if (pads != null && (pads.line() == null || pads.line().port() == null)) {
            throw new IllegalArgumentException("pads.line.port: the serial line of the call pads is required");
        }
        if (pads != null) {
            pads.pollOrder();
        }
        Voice v = voice == null ? NONE.voice() : voice;
        return new GatewayConfig(leds, s, board, pads, v);
    }

    static String protocol(String p, String field) {
        String name = p == null ? "onbon" : p;
        if (!name.equals("onbon") && !name.equals("alpha")) {
            throw new IllegalArgumentException(field + ": must be onbon or alpha, got \"" + p + "\"");
        }
        return name;
    }

    Map<Integer, PadSet> padsByCounter() {
        if (pads == null || pads.counters() == null) {
            return Map.of();
        }
        Map<Integer, PadSet> out = new java.util.TreeMap<>();
        pads.counters().forEach(p -> out.put(p.counter(), p));
        return out;
    }
}
