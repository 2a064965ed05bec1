package com.hallqueue.server.broadcast;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An emergency broadcast as the screens show it: its kind, the manager's free text (may be
 * empty) and, if given, when it ends by itself ({@code until}); null until a manager clears it.
 */
public record Broadcast(long id, BroadcastKind kind, String text, Instant startedAt, Instant until) {

    /** Still on the screens at {@code now}: not past its end. (A cleared one is not read at all.) */
    public boolean liveAt(Instant now) {
        return until == null || now.isBefore(until);
    }

    /** What every screen, strip and gateway is told: the kind with its heading and spoken sentence, both languages. */
    public Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("kind", kind.name());
        m.put("title", kind.title());
        m.put("titleEn", kind.titleEn());
        m.put("says", kind.says());
        m.put("saysEn", kind.saysEn());
        m.put("text", text);
        m.put("startedAt", startedAt);
        m.put("until", until);
        return m;
    }

    /**
     * The event's detail: {@code id|kind|startedAt|until|text}, the text last and unescaped, so
     * the longest text still fits the event's 200-character detail.
     */
    public String detail() {
        return id + "|" + kind.name() + "|" + startedAt.toEpochMilli() + "|"
                + (until == null ? "" : Long.toString(until.toEpochMilli())) + "|" + text;
    }

    /** The broadcast an event's {@link #detail()} carries. */
    public static Broadcast ofDetail(String detail) {
        String[] parts = detail.split("\\|", 5);
        Instant until = parts[3].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[3]));
        return new Broadcast(Long.parseLong(parts[0]), BroadcastKind.valueOf(parts[1]),
                parts[4], Instant.ofEpochMilli(Long.parseLong(parts[2])), until);
    }
}
