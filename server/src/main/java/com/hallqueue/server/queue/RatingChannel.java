package com.hallqueue.server.queue;

import java.util.Locale;

/**
 * Where a citizen's rating came from: the ticket's own page (anyone holding its id, also the
 * counter's customer-facing panel), the kiosk, or the evaluator pad of the counter that served
 * it. Staff never rate. The rating event's detail holds the score and the channel
 * ({@code "4 evaluator"}), then, when given, the indicators 服务效率/服务水平/服务态度 ({@code 5/4/-})
 * and the written opinion ({@code "4 page 5/4/3 窗口很干净"}); ratings stored before channels
 * were recorded hold the score alone.
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

    /** The detail of a whole evaluation: score, channel, then the indicators and opinion when given. */
    public static String detail(Evaluation e, RatingChannel channel) {
        String head = detail(e.score(), channel);
        if (!e.hasIndicators()) {
            return head;
        }
        String levels = mark(e.efficiency()) + "/" + mark(e.level()) + "/" + mark(e.attitude());
        return head + " " + levels + (e.opinion() == null ? "" : " " + e.opinion());
    }

    /** The evaluation a rating event's detail holds (indicators and opinion null when not given). */
    public static Evaluation evaluationOf(String detail) {
        String[] parts = detail.split(" ", 4);
        Integer[] levels = {null, null, null};
        if (parts.length > 2) {
            String[] marks = parts[2].split("/");
            for (int i = 0; i < Math.min(3, marks.length); i++) {
                levels[i] = marks[i].equals("-") ? null : Integer.valueOf(marks[i]);
            }
        }
        return new Evaluation(scoreOf(detail), levels[0], levels[1], levels[2], parts.length > 3 ? parts[3] : null);
    }

    private static String mark(Integer level) {
        return level == null ? "-" : level.toString();
    }

    public static int scoreOf(String detail) {
        int space = detail.indexOf(' ');
        return Integer.parseInt(space < 0 ? detail : detail.substring(0, space));
    }

    /** The channel's wire name, or {@link #UNKNOWN}. */
    public static String channelOf(String detail) {
        String[] parts = detail.split(" ", 3);
        return parts.length < 2 ? UNKNOWN : parts[1];
    }
}
