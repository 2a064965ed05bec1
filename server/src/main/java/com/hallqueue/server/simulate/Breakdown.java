package com.hallqueue.server.simulate;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the forecasts' error comes from: the same scores as the report's, split by service,
 * by the people ahead when the ticket was issued, by the hour it was issued, by whether it
 * was issued in the lunch hours, and by whether it was called after closing. Each group also
 * tells how often the hall's range (约 X–Y 分钟) held the real wait.
 */
final class Breakdown {

    private static final int[] AHEAD_FROM = {0, 5, 15, 30, 60};

    private final LocalTime lunchFrom;
    private final LocalTime lunchTo;
    private final LocalTime close;
    private final Map<String, Map<String, Group>> groups = new LinkedHashMap<>();

    Breakdown(Scenario scenario) {
        List<LocalTime> starts = new ArrayList<>();
        List<LocalTime> ends = new ArrayList<>();
        for (Scenario.Counter c : scenario.counters()) {
            if (c.breaks() != null) {
                c.breaks().forEach(b -> {
                    starts.add(LocalTime.parse(b.get(0)));
                    ends.add(LocalTime.parse(b.get(1)));
                });
            }
        }
        // a ticket issued up to half an hour before the first break already waits through it
        this.lunchFrom = starts.stream().min(LocalTime::compareTo).map(t -> t.minusMinutes(30)).orElse(null);
        this.lunchTo = ends.stream().max(LocalTime::compareTo).orElse(null);
        this.close = LocalTime.parse(scenario.close() == null ? "17:00" : scenario.close());
        for (String by : new String[] {"service", "ahead", "issuedHour", "lunch", "calledAfterClose"}) {
            groups.put(by, new LinkedHashMap<>());
        }
        for (int n : AHEAD_FROM) {
            groups.get("ahead").put(ahead(n), new Group());
        }
    }

    void add(Citizen c, double waitSeconds, Instant calledAt) {
        LocalTime issued = c.issuedAt().atZone(ZoneOffset.UTC).toLocalTime();
        LocalTime called = calledAt.atZone(ZoneOffset.UTC).toLocalTime();
        group("service", c.told().service()).add(c, waitSeconds);
        group("ahead", ahead(c.told().ahead())).add(c, waitSeconds);
        group("issuedHour", String.format(java.util.Locale.ROOT, "%02d:00", issued.getHour())).add(c, waitSeconds);
        boolean lunch = lunchFrom != null && !issued.isBefore(lunchFrom) && issued.isBefore(lunchTo);
        group("lunch", lunch ? "issued in the lunch hours" : "issued outside them").add(c, waitSeconds);
        boolean late = !called.isBefore(close) || !calledAt.atZone(ZoneOffset.UTC).toLocalDate()
                .equals(c.issuedAt().atZone(ZoneOffset.UTC).toLocalDate());
        group("calledAfterClose", late ? "called after closing" : "called before closing").add(c, waitSeconds);
    }

    private Group group(String by, String key) {
        return groups.get(by).computeIfAbsent(key, k -> new Group());
    }

    private static String ahead(int n) {
        int i = AHEAD_FROM.length - 1;
        while (n < AHEAD_FROM[i]) {
            i--;
        }
        return i == AHEAD_FROM.length - 1 ? AHEAD_FROM[i] + "+" : AHEAD_FROM[i] + "–" + (AHEAD_FROM[i + 1] - 1);
    }

    Map<String, Object> report() {
        Map<String, Object> out = new LinkedHashMap<>();
        groups.forEach((by, keyed) -> {
            Map<String, Object> rows = new LinkedHashMap<>();
            keyed.entrySet().stream().filter(e -> e.getValue().n > 0).sorted(by.equals("ahead")
                    ? (a, b) -> 0 : Map.Entry.comparingByKey())
                    .forEach(e -> rows.put(e.getKey(), e.getValue().report()));
            out.put(by, rows);
        });
        return out;
    }

    /** The scores of one group of tickets. */
    static final class Group {
        private long n;
        private double waits;
        private final PredictorScore hallqueue = new PredictorScore();
        private final PredictorScore les = new PredictorScore();
        private final PredictorScore ql = new PredictorScore();
        private final PredictorScore naive = new PredictorScore();

        void add(Citizen c, double wait) {
            n++;
            waits += wait;
            hallqueue.add(c.hallqueue(), wait, c.told().low(), c.told().high());
            les.add(c.les(), wait);
            ql.add(c.ql(), wait);
            naive.add(c.naive(), wait);
        }

        Map<String, Object> report() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("tickets", n);
            out.put("meanWaitSeconds", Math.round(10 * waits / Math.max(1, n)) / 10.0);
            out.put("hallqueue", hallqueue.result());
            out.put("les", les.result());
            out.put("ql", ql.result());
            out.put("naive", naive.result());
            return out;
        }
    }
}
