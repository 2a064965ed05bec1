package com.hallqueue.display;

import com.fasterxml.jackson.databind.JsonNode;

/** What a counter's strip says, in the hall's polite words. */
final class LedText {

    static final String PAUSED = "暂停服务";

    private LedText() {
    }

    /**
     * 请A001号到3号窗口 while a ticket is called or served; 暂停服务 when paused or closed, with the
     * time it resumes while on the hall's scheduled break (暂停服务 13:30恢复); the counter's name when idle.
     */
    static String forCounter(JsonNode counter) {
        String state = counter.path("state").asText();
        int n = counter.path("number").asInt();
        JsonNode ticket = counter.path("ticket");
        if (calling(counter)) {
            return call(ticket.path("number").asText(), n);
        }
        if (state.equals("PAUSED") || state.equals("CLOSED")) {
            return PAUSED + resumeTime(counter).map(t -> " " + t + "恢复").orElse("");
        }
        return n + "号窗口";
    }

    /** Whether the strip shows a number called (or being served) at this counter. */
    static boolean calling(JsonNode counter) {
        String state = counter.path("state").asText();
        return (state.equals("CALLING") || state.equals("SERVING")) && counter.path("ticket").isObject();
    }

    static String call(String number, int counter) {
        return "请" + number + "号到" + counter + "号窗口";
    }

    /** Alpha signs know ASCII only. */
    static String ascii(JsonNode counter) {
        String state = counter.path("state").asText();
        JsonNode ticket = counter.path("ticket");
        if (calling(counter)) {
            return ticket.path("number").asText() + " -> " + counter.path("number").asInt();
        }
        if (state.equals("PAUSED") || state.equals("CLOSED")) {
            return "PAUSED" + resumeTime(counter).map(t -> " TILL " + t).orElse("");
        }
        return "WELCOME";
    }

    /** Whether the strip is saying the counter does not serve now (shown in yellow). */
    static boolean paused(String text) {
        return text.startsWith(PAUSED) || text.startsWith("PAUSED");
    }

    /** "13:30" on the hall's clock, while the hall's scheduled break (午休) holds the counter. */
    private static java.util.Optional<String> resumeTime(JsonNode counter) {
        String t = counter.path("state").asText().equals("PAUSED") ? counter.path("resumeTime").asText("") : "";
        return t.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(t);
    }

    /** The broadcast on a Chinese strip: its heading, then the manager's text or, without one, its sentence. */
    static String broadcast(JsonNode b) {
        String text = b.path("text").asText();
        return b.path("title").asText() + "：" + (text.isBlank() ? b.path("says").asText() : text);
    }

    /** The broadcast on an Alpha sign: the English heading, then what of the text is printable ASCII. */
    static String broadcastAscii(JsonNode b) {
        String text = b.path("text").asText().chars().filter(c -> c >= 0x20 && c < 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return b.path("titleEn").asText().toUpperCase(java.util.Locale.ROOT) + ": "
                + (text.isEmpty() ? b.path("saysEn").asText() : text);
    }
}
