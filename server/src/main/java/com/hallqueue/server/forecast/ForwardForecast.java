package com.hallqueue.server.forecast;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.queue.Estimate;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.Forecast;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.HallView;
import com.hallqueue.server.queue.Ticket;
import com.hallqueue.server.queue.WaitForecast;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The hall's wait forecast, the one tickets, the kiosk and the screens show: the mean call
 * time over {@value #FUTURES} possible futures of the live hall (see {@link ForwardRun}),
 * with times learned from the hall's own history, and a range learned from its own recent
 * errors.
 *
 * <p>A full run covers the whole queue, so it is not repeated for every change: the waits
 * of every ticket, and of a ticket of each service "issued now", are kept up to {@link
 * #FRESH_FOR}, the latter moved on by the tickets issued since; a counter opening,
 * pausing, resuming or closing makes them stale at once.
 */
public final class ForwardForecast implements WaitForecast {

    static final int FUTURES = 24;
    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final HallHistory history;
    private final ErrorBand band = new ErrorBand();
    private Map<String, Double> outlook = Map.of();
    private Instant outlookAt = Instant.MIN;
    private boolean stale = true;
    private final Map<String, Integer> issuedSince = new HashMap<>();
    /** Seconds from the moment asked about to today's closing time; infinite when the hall does not close today. */
    private double closingIn = Double.POSITIVE_INFINITY;

    public ForwardForecast(HallConfig config) {
        this(new HallHistory(config));
    }

    /** A forecast that starts from what {@code history} has already learned. */
    public ForwardForecast(HallHistory history) {
        this.history = history;
    }

    @Override
    public void observe(HallEvent e) {
        history.observe(e);
        band.observe(e);
        if (e.type() == EventType.TICKET_ISSUED) {
            issuedSince.merge((e.ticket().priority() ? "!" : ":") + e.ticket().service(), 1, Integer::sum);
        } else if (e.counter() != null && e.type().wireName().startsWith("counter.")) {
            stale = true;
        }
    }

    @Override
    public Forecast forecast(HallView hall, Collection<Ticket> targets) {
        closingIn = closingIn(hall);
        if (mustRefresh(hall)) {
            refresh(hall, targets);
        }
        Map<String, Estimate> tickets = new HashMap<>();
        for (Ticket t : targets) {
            tickets.put(t.id(), estimate(t.service(), waitOf(hall, t)));
        }
        Map<String, Estimate> normal = new HashMap<>();
        Map<String, Estimate> priority = new HashMap<>();
        for (ServiceDef s : hall.config().services()) {
            normal.put(s.code(), estimate(s.code(), newTicket(hall, s.code(), false)));
            priority.put(s.code(), estimate(s.code(), newTicket(hall, s.code(), true)));
        }
        return withFallback(new Forecast(tickets, normal, priority), hall, targets);
    }

    /**
     * Where the runs know nothing — no counter open or opening today would call a ticket, or
     * the line is longer than a run goes — the plain estimate stands in: the people ahead
     * times the service's learned handle time over its open counters (at least one). A new
     * ticket's people ahead are counted, never walked, so a very long line costs no more than
     * a short one; a waiting ticket's are its own place in the line, not the whole line, so the
     * first in a long line is not told it may not be served today.
     */
    private Forecast withFallback(Forecast f, HallView hall, Collection<Ticket> targets) {
        if (!f.tickets().containsValue(null) && !f.newNormal().containsValue(null)
                && !f.newPriority().containsValue(null)) {
            return f;
        }
        Map<String, Estimate> tickets = new HashMap<>(f.tickets());
        for (Ticket t : targets) {
            if (tickets.get(t.id()) == null) {
                tickets.put(t.id(), estimate(t.service(), plainSeconds(hall, t.service(), hall.ahead(t))));
            }
        }
        return new Forecast(tickets, fill(f.newNormal(), hall, false), fill(f.newPriority(), hall, true));
    }

    private Map<String, Estimate> fill(Map<String, Estimate> ours, HallView hall, boolean priority) {
        Map<String, Estimate> out = new HashMap<>(ours);
        ours.forEach((service, e) -> {
            if (e == null) {
                out.put(service, plain(hall, service, priority));
            }
        });
        return out;
    }

    /** A ticket of the service issued now waits behind all its line (behind the priority ones only, if priority). */
    private Estimate plain(HallView hall, String service, boolean priority) {
        int ahead = hall.waitingCount(service, true) + (priority ? 0 : hall.waitingCount(service, false));
        return estimate(service, plainSeconds(hall, service, ahead));
    }

    private double plainSeconds(HallView hall, String service, int ahead) {
        return ahead * history.handleMean(service) / openCounters(hall, service);
    }

    /**
     * A ticket the kept outlook reached; or one issued since, which waits like a ticket
     * "issued now"; or null: beyond what the runs reached, or no counter will call it.
     */
    private Double waitOf(HallView hall, Ticket t) {
        Double known = outlook.get(t.id());
        if (known != null) {
            return Math.max(0, known - HallHistory.seconds(outlookAt, hall.now()));
        }
        return t.issuedAt().isBefore(outlookAt) ? null : newTicket(hall, t.service(), t.priority());
    }

    private boolean mustRefresh(HallView hall) {
        return stale || !hall.now().isBefore(outlookAt.plus(FRESH_FOR)) || hall.now().isBefore(outlookAt);
    }

    /** Runs the futures; keeps the waits they give every ticket, and "issued now", for the next moments. */
    private void refresh(HallView hall, Collection<Ticket> targets) {
        SplittableRandom random = new SplittableRandom(hall.now().toEpochMilli());
        Map<String, double[]> sums = new HashMap<>();
        for (int run = 0; run < FUTURES; run++) {
            TimeSampler sampler = new TimeSampler(history, random.split());
            new ForwardRun(hall, history, sampler, targets).run()
                    .forEach((key, t) -> {
                        double[] s = sums.computeIfAbsent(key, k -> new double[2]);
                        s[0] += t;
                        s[1]++;
                    });
        }
        Map<String, Double> means = new HashMap<>();
        sums.forEach((key, s) -> means.put(key, s[0] / s[1]));
        outlook = means;
        outlookAt = hall.now();
        stale = false;
        issuedSince.clear();
    }

    /**
     * The wait of a ticket of {@code service} issued now, from the kept outlook, moved on by
     * the tickets issued since that will be called before it. A ticket being issued right
     * now is not yet counted among those, so it does not wait behind itself.
     */
    private Double newTicket(HallView hall, String service, boolean priority) {
        Double base = outlook.get((priority ? "new!" : "new:") + service);
        if (base == null) {
            return null;
        }
        int ahead = issuedSince.getOrDefault("!" + service, 0)
                + (priority ? 0 : issuedSince.getOrDefault(":" + service, 0));
        return base + ahead * history.handleMean(service) / openCounters(hall, service);
    }

    private static int openCounters(HallView hall, String service) {
        long n = hall.counters().stream()
                .filter(c -> c.state() != com.hallqueue.server.queue.CounterState.CLOSED && c.serves(service)).count();
        return (int) Math.max(1, n);
    }

    /**
     * Today's closing time, in seconds from now. Staff serve whoever took a ticket before the
     * last-ticket time, so a call after closing does happen; but a citizen told "约 5 小时"
     * at three in the afternoon is better told the truth and the alternative.
     */
    private static double closingIn(HallView hall) {
        var now = hall.now().atZone(hall.config().zone());
        return hall.config().hours().on(now.toLocalDate())
                .filter(d -> !d.close().equals(java.time.LocalTime.MAX))
                .map(d -> HallHistory.seconds(hall.now(), now.toLocalDate().atTime(d.close()).atZone(now.getZone())
                        .toInstant()))
                // past closing the hall is serving the last of the line: those tickets will be served
                .filter(s -> s > 0)
                .orElse(Double.POSITIVE_INFINITY);
    }

    /** A forecast and its range, or null where no counter open or opening today would call it. */
    private Estimate estimate(String service, Double seconds) {
        if (seconds == null) {
            return null;
        }
        long s = Math.round(seconds);
        long[] range = band.around(service, s);
        return new Estimate(s, range[0], range[1], seconds > closingIn);
    }
}
