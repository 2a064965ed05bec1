package com.hallqueue.server.stats;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.store.HallStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Wait, handle, outcome, counter-time and measured-item figures over a range of hall days, folded
 * from the event log, and each ticket's durations. Wait is issue to first call; walk is the
 * call to start; handle is start (or the call, when start was skipped) to finish. Blocking:
 * it reads the database.
 */
public final class StatsReport {

    private final HallConfig config;
    private final HallStore store;
    private final Clock clock;
    private final MeasuredItems measured;

    public StatsReport(HallConfig config, HallStore store, Clock clock) {
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.measured = new MeasuredItems(config.stats().rubric());
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

    /**
     * The rubric's measured items of each of {@code badges} over the hall days {@code from} to
     * {@code to}, from the same fold as the report by staff; a badge that did nothing has its
     * items measured on nothing.
     */
    public Map<String, List<ScorePart>> measuredByStaff(LocalDate from, LocalDate to, List<String> badges) {
        Map<String, Tally> tallies = fold(from, to, By.STAFF).tallies();
        Map<String, List<ScorePart>> out = new java.util.LinkedHashMap<>();
        badges.forEach(b -> out.put(b, measured.parts(tallies.getOrDefault(b, new Tally()))));
        return out;
    }

    /** Every ticket issued on the hall days {@code from} to {@code to}, with its durations. */
    public List<TicketTimes> tickets(LocalDate from, LocalDate to) {
        List<TicketTimes> out = new ArrayList<>();
        tickets(from, to, out::add);
        return out;
    }

    /**
     * Hands {@code each} every ticket issued on the hall days {@code from} to {@code to}, with
     * its durations, in issue order, as the log is read: an export of a year never holds the
     * year's tickets. Their numbers are looked up a hall day at a time.
     */
    public void tickets(LocalDate from, LocalDate to, Consumer<TicketTimes> each) {
        NumbersByDay numbers = new NumbersByDay();
        EventFold fold = new EventFold(config, By.SERVICE, start(from), start(to.plusDays(1)))
                .withTickets(v -> each.accept(times(v, numbers.of(v))));
        fold(fold, from, to);
    }

    /** The hall's own day of {@code clock}, for "today". */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    private EventFold fold(LocalDate from, LocalDate to, By by) {
        return fold(new EventFold(config, by, start(from), start(to.plusDays(1))), from, to);
    }

    private EventFold fold(EventFold fold, LocalDate from, LocalDate to) {
        Instant start = start(from);
        Instant end = start(to.plusDays(1));
        Instant now = clock.instant();
        // Tickets called in the range may have been issued the evening before.
        store.events(start.minus(Duration.ofDays(1)), end, fold::accept);
        return fold.finish(now.isBefore(end) ? now : end);
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(config.zone()).toInstant();
    }

    /** Ticket numbers by id, one hall day at a time: tickets come in issue order, so days only move on. */
    private final class NumbersByDay {
        private LocalDate day;
        private Map<String, String> numbers = Map.of();

        String of(Visit v) {
            LocalDate issued = v.issuedAt.atZone(config.zone()).toLocalDate();
            if (!issued.equals(day)) {
                day = issued;
                numbers = store.ticketNumbers(issued);
            }
            return numbers.getOrDefault(v.ticketId, "?");
        }
    }

    private StatsRow row(String key, Tally t) {
        List<ScorePart> parts = measured.parts(t);
        Integer score = measured.score(t, parts);
        long target = config.stats().waitTarget().toSeconds();
        return new StatsRow(key, t.issued, t.served, t.noShow, Figures.mean(t.waits), Figures.p90(t.waits),
                Figures.mean(t.handles), t.satisfaction(), score, measured.grade(score), t.transfers,
                Figures.median(t.waits), Figures.median(t.handles), Figures.p90(t.handles), Figures.mean(t.walks),
                t.overTargetShare(target), t.ratings, t.averageRating(), t.time(), parts, t.expired, t.ratingChannels(),
                t.oneVisitShare(), t.notices, t.refused);
    }

    private static TicketTimes times(Visit v, String number) {
        Long wait = v.waited() == null ? null : v.waited().toSeconds();
        return new TicketTimes(number, v.service, v.outcome, v.issuedAt,
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
