package com.hallqueue.server.simulate;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import java.util.Locale;

/**
 * The hall of a scenario, as a real hall configuration, so the simulation runs the very
 * rules and checks of a live hall: hours, counters with their skills, breaks and openings.
 */
final class ScenarioHall {

    private ScenarioHall() {
    }

    static HallConfig of(Scenario s) {
        StringBuilder y = new StringBuilder();
        y.append("hall: {name: \"").append(text(s.name(), "simulated hall")).append("\", timeZone: UTC}\n");
        y.append("services:\n");
        s.services().forEach(v -> y.append(String.format(Locale.ROOT, "  - {code: \"%s\", name: \"%s\", handleMinutes: %s}%n",
                v.code(), v.code(), v.handleMinutes().mean())));
        y.append("counters:\n");
        for (Scenario.Counter c : s.counters()) {
            y.append("  - {number: ").append(c.number()).append(", services: ").append(list(c.services()));
            if (c.opens() != null) {
                y.append(", opens: \"").append(c.opens()).append('"');
            }
            if (c.breaks() != null && !c.breaks().isEmpty()) {
                y.append(", breaks: [");
                c.breaks().forEach(b -> y.append(list(b)).append(", "));
                y.setLength(y.length() - 2);
                y.append(']');
            }
            y.append("}\n");
        }
        y.append("hours: {week: {daily: {open: \"").append(text(s.open(), "08:30")).append("\", lastTicket: \"")
                .append(text(s.lastTicket(), text(s.close(), "17:00"))).append("\", close: \"")
                .append(text(s.close(), "17:00")).append("\"}}}\n");
        y.append("priority: {maxConsecutive: 3}\n");
        return new HallConfigLoader().parse(y.toString(), "scenario " + text(s.name(), ""));
    }

    private static String list(java.util.List<String> items) {
        StringBuilder out = new StringBuilder("[");
        items.forEach(i -> out.append('"').append(i).append("\", "));
        if (!items.isEmpty()) {
            out.setLength(out.length() - 2);
        }
        return out.append(']').toString();
    }

    private static String text(String value, String fallback) {
        return value == null ? fallback : value.replace("\"", "'");
    }
}
