package com.hallqueue.server.stats;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.store.EventRow;
import com.hallqueue.server.store.HallStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Wait, handle and outcome figures over a range of hall days, folded from the event log.
 * Wait is issue to first call; handle is start (or the call, when start was skipped) to
 * finish. Blocking: it reads the database.
 */
public final class StatsReport {

    private final HallConfig config;
    private final HallStore store;
    private final Scoring scoring;

    public StatsReport(HallConfig config, HallStore store) {
        this.config = config;
        this.store = store;
        this.scoring = new Scoring(config.stats().waitTarget().toSeconds());
    }

    /** Rows for the hall days {@code from} to {@code to}, both included. */
    public List<StatsRow> rows(LocalDate from, LocalDate to, By by) {
        Instant start = from.atStartOfDay(config.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(config.zone()).toInstant();
        // Tickets called in the range may have been issued the evening before.
        List<EventRow> events = store.events(start.minus(Duration.ofDays(1)), end);
        Map<String, Tally> tallies = new Fold(config, by, start).run(events);
        seedConfiguredKeys(tallies, by);
        List<StatsRow> out = new ArrayList<>();
        tallies.forEach((key, t) -> out.add(row(key, t)));
        out.sort(Comparator.comparing(StatsRow::key, StatsReport::naturalOrder));
        return out;
    }

    private StatsRow row(String key, Tally t) {
        Integer score = scoring.score(t);
        return new StatsRow(key, t.issued, t.served, t.noShow, t.avgWait(), t.p90Wait(), t.avgHandle(),
                t.satisfaction(), score, Scoring.grade(score));
    }

    private void seedConfiguredKeys(Map<String, Tally> tallies, By by) {
        if (by == By.COUNTER) {
            config.counters().forEach(c -> tallies.putIfAbsent(Integer.toString(c.number()), new Tally()));
        } else if (by == By.SERVICE) {
            config.services().forEach(s -> tallies.putIfAbsent(s.code(), new Tally()));
        }
    }

    private static int naturalOrder(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        return numbers && !a.isEmpty() && !b.isEmpty()
                ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    }

    /** One pass over the events in commit order, following each ticket as a {@link Visit}. */
    private static final class Fold {
        private final HallConfig config;
        private final By by;
        private final Instant rangeStart;
        private final Map<String, Visit> visits = new HashMap<>();
        private final Map<String, Tally> tallies = new TreeMap<>();

        Fold(HallConfig config, By by, Instant rangeStart) {
            this.config = config;
            this.by = by;
            this.rangeStart = rangeStart;
        }

        Map<String, Tally> run(List<EventRow> events) {
            events.forEach(this::apply);
            return tallies;
        }

        private void apply(EventRow e) {
            if (e.ticketId() == null) {
                return;
            }
            Visit v = visits.get(e.ticketId());
            switch (e.type()) {
                case TICKET_ISSUED -> issued(e);
                case TICKET_CALLED -> called(v, e);
                case TICKET_STARTED -> started(v, e);
                case TICKET_FINISHED -> finished(v, e);
                case TICKET_NO_SHOW -> missed(v, e);
                case TICKET_TRANSFERRED -> transferred(v);
                case TICKET_RATED -> rated(v, e);
                default -> { }
            }
        }

        private boolean inRange(EventRow e) {
            return !e.at().isBefore(rangeStart);
        }

        private void issued(EventRow e) {
            Visit v = new Visit(e.service(), e.at());
            visits.put(e.ticketId(), v);
            if (inRange(e) && (by == By.SERVICE || by == By.HOUR)) {
                tally(v, e).issued++;
            }
        }

        private void called(Visit v, EventRow e) {
            if (v == null) {
                return;
            }
            v.handlingFrom = e.at();
            if (v.firstCalledAt != null) {
                return;
            }
            v.firstCalledAt = e.at();
            if (inRange(e)) {
                Tally t = tally(v, e);
                t.waits.add(v.waited().toSeconds());
                if (by == By.COUNTER || by == By.STAFF) {
                    t.issued++;
                }
            }
        }

        private void started(Visit v, EventRow e) {
            if (v != null) {
                v.handlingFrom = e.at();
            }
        }

        private void finished(Visit v, EventRow e) {
            if (v == null || !inRange(e)) {
                return;
            }
            Tally t = tally(v, e);
            t.served++;
            if (v.handlingFrom != null) {
                t.handles.add(Duration.between(v.handlingFrom, e.at()).toSeconds());
                t.normSeconds += config.service(e.service()).map(ServiceDef::handleNorm).orElse(Duration.ZERO)
                        .toSeconds();
            }
            v.ratedCounter = e.counter() == null ? null : e.counter().toString();
            v.ratedStaff = e.staffBadge();
        }

        private void missed(Visit v, EventRow e) {
            if (v != null && inRange(e)) {
                tally(v, e).noShow++;
            }
        }

        private void transferred(Visit v) {
            if (v != null) {
                v.handlingFrom = null;
            }
        }

        private void rated(Visit v, EventRow e) {
            if (v == null || !inRange(e)) {
                return;
            }
            String key = switch (by) {
                case COUNTER -> v.ratedCounter;
                case STAFF -> v.ratedStaff;
                default -> key(v, e);
            };
            if (key != null) {
                Tally t = tallies.computeIfAbsent(key, k -> new Tally());
                t.ratings++;
                t.goodRatings += Integer.parseInt(e.detail()) >= 4 ? 1 : 0;
            }
        }

        private Tally tally(Visit v, EventRow e) {
            String key = key(v, e);
            return tallies.computeIfAbsent(key == null ? "-" : key, k -> new Tally());
        }

        private String key(Visit v, EventRow e) {
            return switch (by) {
                case SERVICE -> v.service;
                case HOUR -> String.format("%02d", v.issuedAt.atZone(config.zone()).getHour());
                case COUNTER -> e.counter() == null ? null : e.counter().toString();
                case STAFF -> e.staffBadge();
            };
        }
    }
}
