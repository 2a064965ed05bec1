package com.hallqueue.server.queue;

import java.util.Locale;

/**
 * Where a citizen's rating came from: the ticket's own page (anyone holding its id, also the
 * counter's customer-facing panel), the kiosk, or the evaluator pad of the counter that served
 * it. Staff never rate. The rating event's detail holds the score and the channel
 * ({@code "4 evaluator"}); ratings stored before channels were recorded hold the score alone.
 */
public enum RatingChannel {
    PAGE, KIOSK, EVALUATOR;

    /** What a rating stored before channels were recorded counts as. */
    public static final String UNKNOWN = "unknown";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rating event's detail: the score, then the channel when it is known. */
    public static String detail(int score, RatingChannel channel) {
        return channel == null ? Integer.toString(score) : score + " " + channel.wireName();
    }

    public static int scoreOf(String detail) {
        int space = detail.indexOf(' ');
        return Integer.parseInt(space < 0 ? detail : detail.substring(0, space));
    }

    /** The channel's wire name, or {@link #UNKNOWN}. */
    public static String channelOf(String detail) {
        int space = detail.indexOf(' ');
        return space < 0 ? UNKNOWN : detail.substring(space + 1);
    }
}
