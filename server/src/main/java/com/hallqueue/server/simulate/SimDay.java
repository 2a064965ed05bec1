package com.hallqueue.server.simulate;

import com.hallqueue.server.queue.CounterState;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.TicketView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One simulated day: citizens arrive by the scenario's rates, counters open, call, serve
 * and take their breaks, all through the real engine on a virtual clock. Counters keep
 * calling after closing time until nobody waits, as the hall's rules say.
 */
final class SimDay {

    private static final Duration NO_SHOW_WAIT = Duration.ofSeconds(60);

    private final Scenario scenario;
    private final QueueEngine engine;
    private final VirtualClock clock;
    private final Chance chance;
    private final Forecasts forecasts;
    private final LocalDate day;
    private final Map<Integer, CounterAtWork> counters = new HashMap<>();
    private final Map<String, Citizen> citizens;
    private final PriorityQueue<Step> steps = new PriorityQueue<>();
    private long order;

    /** Something due at a moment; equal moments keep the order they were planned in. */
    private record Step(Instant at, long order, Runnable action) implements Comparable<Step> {
        @Override
        public int compareTo(Step o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    SimDay(Scenario scenario, QueueEngine engine, VirtualClock clock, Chance chance, Forecasts forecasts,
           LocalDate day, Map<String, Citizen> citizens) {
        this.scenario = scenario;
        this.engine = engine;
        this.clock = clock;
        this.chance = chance;
        this.forecasts = forecasts;
        this.day = day;
        this.citizens = citizens;
        scenario.counters().forEach(c -> counters.put(c.number(), new CounterAtWork(c.number())));
    }

    void run() {
        scenario.counters().forEach(this::planCounter);
        planArrivals();
        while (!steps.isEmpty()) {
            Step s = steps.poll();
            clock.set(s.at());
            s.action().run();
            forecasts.observe(engine.drainEvents());
        }
        counters.values().stream().filter(c -> c.open)
                .forEach(c -> engine.close(c.number, c.badge, "模拟日结束 / The simulated day is over"));
        forecasts.observe(engine.drainEvents());
    }

    private void planCounter(Scenario.Counter c) {
        CounterAtWork staff = counters.get(c.number());
        LocalTime opens = c.opens() != null ? LocalTime.parse(c.opens()) : time(scenario.open(), "08:30");
        at(opens, () -> {
            engine.open(staff.number, new StaffRef(staff.badge, staff.badge));
            staff.open = true;
            call(staff);
        });
        for (List<String> b : c.breaks() == null ? List.<List<String>>of() : c.breaks()) {
            // the engine pauses and resumes the counter by the hall's breaks, as the live hall's chores have it do
            at(LocalTime.parse(b.get(0)), engine::keepBreaks);
            at(LocalTime.parse(b.get(1)), () -> breakEnds(staff));
        }
    }

    private void planArrivals() {
        LocalTime open = time(scenario.open(), "08:30");
        LocalTime last = time(scenario.lastTicket(), scenario.close() == null ? "17:00" : scenario.close());
        double minute = 0;
        double end = Duration.between(open, last).toSeconds() / 60.0;
        while (true) {
            double rate = scenario.arrivals().rateAt((int) minute);
            minute += rate <= 0 ? scenario.arrivals().slotMinutes() : chance.exponential(1 / rate);
            if (minute >= end) {
                return;
            }
            if (rate > 0) {
                Instant when = instant(open).plusMillis(Math.round(minute * 60_000));
                plan(when, this::arrival);
            }
        }
    }

    private void arrival() {
        String service = chance.pick(scenario.arrivals().serviceShare());
        boolean priority = chance.happens(share(scenario.priorityShare()));
        TicketView t;
        try {
            t = engine.issue(service, priority, "K1");
        } catch (Refusal closed) {
            return;
        }
        Instant now = clock.instant();
        Instant leaves = scenario.patienceMinutes() == null ? null
                : now.plusMillis(Math.round(chance.exponential(scenario.patienceMinutes()) * 60_000));
        citizens.put(t.id(), forecasts.citizen(t, engine, chance.happens(share(scenario.noShowShare())), leaves));
        counters.values().forEach(this::call);
    }

    private void call(CounterAtWork c) {
        engine.keepBreaks();
        if (!c.mayCall() || onBreak(c)) {
            return;
        }
        engine.callNext(c.number, c.badge).ifPresent(t -> {
            c.busy = true;
            Citizen citizen = citizens.get(t.id());
            Instant now = clock.instant();
            if (citizen == null || citizen.answers(now)) {
                plan(now.plusMillis(Math.round(chance.uniform(15, 45) * 1000)), () -> start(c, t.service()));
            } else {
                plan(now.plus(NO_SHOW_WAIT), () -> {
                    engine.noShow(c.number, c.badge);
                    free(c);
                });
            }
        });
    }

    private void start(CounterAtWork c, String service) {
        engine.start(c.number, c.badge);
        Scenario.HandleMinutes h = scenario.services().stream().filter(s -> s.code().equals(service)).findFirst()
                .orElseThrow().handleMinutes();
        double minutes = chance.lognormal(h.mean(), h.cv());
        plan(clock.instant().plusMillis(Math.round(minutes * 60_000)), () -> {
            engine.finish(c.number, c.badge);
            free(c);
        });
    }

    /** Finishing (or a no-show) frees the counter; one whose break has begun the engine has paused. */
    private void free(CounterAtWork c) {
        c.busy = false;
        call(c);
    }

    private void breakEnds(CounterAtWork c) {
        engine.keepBreaks();
        call(c);
    }

    private boolean onBreak(CounterAtWork c) {
        return engine.counterView(c.number).map(v -> v.state() == CounterState.PAUSED).orElse(false);
    }

    private void at(LocalTime time, Runnable action) {
        plan(instant(time), action);
    }

    private void plan(Instant when, Runnable action) {
        steps.add(new Step(when, order++, action));
    }

    private Instant instant(LocalTime time) {
        return day.atTime(time).toInstant(ZoneOffset.UTC);
    }

    private static LocalTime time(String text, String fallback) {
        return LocalTime.parse(text == null ? fallback : text);
    }

    private static double share(Double value) {
        return value == null ? 0 : value;
    }
}
