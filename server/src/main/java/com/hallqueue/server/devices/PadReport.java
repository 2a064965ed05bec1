package com.hallqueue.server.devices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A gateway's report of its call pads: every unit silent now, with the counter it serves and
 * since when. {@code {"silent":[{"counter":3,"unit":3,"role":"pad","since":"2026-12-04T09:00:00Z"}]}};
 * an empty list says all answer.
 */
final class PadReport {

    static final int MAX_UNITS = 247;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PadReport() {
    }

    /** The silent units of {@code gateway}, whose pads serve the counters {@code itsCounters} accepts. */
    static List<PadFault> read(byte[] body, String gateway, IntPredicate itsCounters) {
        JsonNode silent = root(body).path("silent");
        if (!silent.isArray() || silent.size() > MAX_UNITS) {
            throw new BadPadReport("silent", "must be a list of at most " + MAX_UNITS + " units");
        }
        List<PadFault> faults = new ArrayList<>();
        for (int i = 0; i < silent.size(); i++) {
            faults.add(fault(silent.get(i), "silent[" + i + "].", gateway, itsCounters));
        }
        return faults;
    }

    private static JsonNode root(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw new BadPadReport("body", "must be a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new BadPadReport("body", "not valid JSON");
        }
    }

    private static PadFault fault(JsonNode unit, String at, String gateway, IntPredicate itsCounters) {
        int counter = number(unit, at + "counter", 1, 999);
        if (!itsCounters.test(counter)) {
            throw new BadPadReport(at + "counter", "this gateway drives no pad at counter " + counter);
        }
        String role = unit.path("role").asText("pad");
        if (!role.equals("pad") && !role.equals("evaluator")) {
            throw new BadPadReport(at + "role", "must be pad or evaluator");
        }
        return new PadFault(gateway, counter, number(unit, at + "unit", 1, MAX_UNITS), role, since(unit, at + "since"), null);
    }

    private static int number(JsonNode unit, String field, int min, int max) {
        JsonNode n = unit.path(field.substring(field.lastIndexOf('.') + 1));
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
            throw new BadPadReport(field, "must be a whole number from " + min + " to " + max);
        }
        return n.intValue();
    }

    private static Instant since(JsonNode unit, String field) {
        String text = unit.path("since").asText("");
        try {
            if (text.length() > 40) {
                throw new DateTimeParseException("too long", text, 0);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadPadReport(field, "must be a time such as 2026-12-04T09:00:00Z");
        }
    }
}
