package com.hallqueue.server.stats;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.queue.Ticket;
import com.hallqueue.server.store.HallStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Wait, handle, outcome, counter-time and score figures over a range of hall days, folded
 * from the event log, and each ticket's durations. Wait is issue to first call; walk is the
 * call to start; handle is start (or the call, when start was skipped) to finish. Blocking:
 * it reads the database.
 */
public final class StatsReport {

    private final HallConfig config;
    private final HallStore store;
    private final Clock clock;
    private final Scoring scoring;

    public StatsReport(HallConfig config, HallStore store, Clock clock) {
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.scoring = new Scoring(config.stats().rubric(), config.stats().waitTarget().toSeconds());
    }

    /** Rows for the hall days {@code from} to {@code to}, both included. */
    public List<StatsRow> rows(LocalDate from, LocalDate to, By by) {
        EventFold fold = fold(from, to, by);
        Map<String, Tally> tallies = fold.tallies();
        seedConfiguredKeys(tallies, by);
        List<StatsRow> out = new ArrayList<>();
        tallies.forEach((key, t) -> out.add(row(key, t)));
        out.sort(Comparator.comparing(StatsRow::key, StatsReport::naturalOrder));
        return out;
    }

    /** Every ticket issued on the hall days {@code from} to {@code to}, with its durations. */
    public List<TicketTimes> tickets(LocalDate from, LocalDate to) {
        Map<String, String> numbers = store.tickets(from, to).stream()
                .collect(Collectors.toMap(Ticket::id, Ticket::number));
        return fold(from, to, By.SERVICE).visits().stream().map(v -> times(v, numbers)).toList();
    }

    /** The hall's own day of {@code clock}, for "today". */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    private EventFold fold(LocalDate from, LocalDate to, By by) {
        Instant start = from.atStartOfDay(config.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(config.zone()).toInstant();
        Instant now = clock.instant();
        // Tickets called in the range may have been issued the evening before.
        return new EventFold(config, by, start, end)
                .run(store.events(start.minus(Duration.ofDays(1)), end), now.isBefore(end) ? now : end);
    }

    private StatsRow row(String key, Tally t) {
        List<ScorePart> parts = scoring.parts(t);
        Integer score = scoring.score(parts);
        long target = config.stats().waitTarget().toSeconds();
        return new StatsRow(key, t.issued, t.served, t.noShow, Figures.mean(t.waits), Figures.p90(t.waits),
                Figures.mean(t.handles), t.satisfaction(), score, scoring.grade(score), t.transfers,
                Figures.median(t.waits), Figures.median(t.handles), Figures.p90(t.handles), Figures.mean(t.walks),
                t.overTargetShare(target), t.ratings, t.averageRating(), t.time(), parts, t.ratingChannels());
    }

    private static TicketTimes times(Visit v, Map<String, String> numbers) {
        Long wait = v.waited() == null ? null : v.waited().toSeconds();
        return new TicketTimes(numbers.getOrDefault(v.ticketId, "?"), v.service, v.outcome, v.issuedAt,
                v.firstCalledAt, v.counter, v.staff, wait, v.walkSeconds, v.handled ? v.handleSeconds : null,
                v.transfers, v.rating);
    }

    private void seedConfiguredKeys(Map<String, Tally> tallies, By by) {
        Function<String, Tally> fresh = k -> new Tally();
        if (by == By.COUNTER) {
            config.counters().forEach(c -> tallies.computeIfAbsent(Integer.toString(c.number()), fresh));
        } else if (by == By.SERVICE) {
            config.services().forEach(s -> tallies.computeIfAbsent(s.code(), fresh));
        }
    }

    private static int naturalOrder(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        return numbers && !a.isEmpty() && !b.isEmpty()
                ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    }
}
