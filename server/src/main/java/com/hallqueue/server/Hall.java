package com.hallqueue.server;

import com.hallqueue.server.access.Authenticator;
import com.hallqueue.server.access.StaffSessions;
import com.hallqueue.server.appointments.SlotCapacity;
import com.hallqueue.server.calendar.HallCalendar;
import com.hallqueue.server.appraisal.Complaint;
import com.hallqueue.server.appraisal.ComplaintRegister;
import com.hallqueue.server.config.CounterDef;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.desk.HallDesk;
import com.hallqueue.server.events.EventHub;
import com.hallqueue.server.forecast.ForwardForecast;
import com.hallqueue.server.forecast.HallHistory;
import com.hallqueue.server.forecast.HistoryFromLog;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.metrics.Metrics;
import com.hallqueue.server.broadcast.EmergencyBroadcast;
import com.hallqueue.server.bulletin.BulletinBoard;
import com.hallqueue.server.notify.Notifications;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.staff.StaffRoll;
import com.hallqueue.server.staffing.StaffingAdvice;
import com.hallqueue.server.stats.StatsReport;
import com.hallqueue.server.retries.KeptAnswer;
import com.hallqueue.server.retries.RetryKey;
import com.hallqueue.server.store.Batch;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.voice.Announcements;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One hall of the server, wired together: its store, its engine behind the desk, its event
 * hub and the chores that keep it current. The network side serves it through its context.
 */
final class Hall implements AutoCloseable {

    private static final int LEARN_DAYS = 14;
    /**
     * How often the round of timed chores runs: bookings whose check-in window has closed are
     * marked missed, breaks begin and end, overdue cases are escalated. Five seconds unless
     * {@code -Dhallqueue.chores.roundMillis} says otherwise (tests shorten it).
     */
    private static Duration choresRound() {
        return Duration.ofMillis(Long.getLong("hallqueue.chores.roundMillis", 5_000));
    }
    /** How often finished tickets of past days are let go, on servers that issue none as well. */
    private static final Duration FORGET_EVERY = Duration.ofMinutes(1);

    private final HallStore store;
    private final HallDesk desk;
    private final AutoCloseable bell;
    private final ScheduledExecutorService chores;
    private final HallContext context;

    private Hall(HallStore store, HallDesk desk, AutoCloseable bell, ScheduledExecutorService chores,
                 HallContext context) {
        this.store = store;
        this.desk = desk;
        this.bell = bell;
        this.chores = chores;
        this.context = context;
    }

    /** Starts the hall, served under {@code basePath}, on its store; the store is closed with the hall. */
    static Hall open(HallConfig file, String basePath, HallStore store, ExecutorService workers, Clock clock,
                     Duration printerSilence) {
        HallCalendar calendar = HallCalendar.open(file, store, clock);
        SlotCapacity capacity = SlotCapacity.open(file, store, clock);
        // Hours, deadlines and slots go by the live calendar, bookings by the live slot capacities.
        HallConfig config = capacity.applyTo(calendar.applyTo(file));
        List<Integer> counters = config.counters().stream().map(CounterDef::number).toList();
        EventHub hub = new EventHub();
        // Learned once: a rebuild after a failed batch reloads the hall, not two weeks of history.
        ForwardForecast forecast = new ForwardForecast(learnedHistory(config, store, clock));
        HallDesk desk = new HallDesk(() -> new QueueEngine(config, clock, TicketIds.secure(),
                store.load(LocalDate.now(clock.withZone(config.zone())).minusDays(1), counters), forecast),
                ledgerOf(store), hub);
        AutoCloseable bell = store.listen(desk::catchUp, desk::isFollowed);
        Metrics metrics = new Metrics();
        metrics.countScreensWith(hub::size);
        desk.follow(metrics);
        StaffRoll staff = StaffRoll.open(config, store, clock);
        StaffSessions sessions = staff.sessions();
        store.forgetExpiredSessions(clock.instant());
        HallContext context = new HallContext(config, desk, store, staff, calendar, new BulletinBoard(store, clock), capacity,
                new EmergencyBroadcast(store, clock),
                new Authenticator(config.devices(), sessions), new StatsReport(config, store, clock),
                new StaffingAdvice(config, store), metrics, workers,
                Announcements.load(config.screens().voiceClips()), Notifications.open(config, store, desk, clock))
                .under(basePath);
        ScheduledExecutorService chores = chores(desk, printerSilence);
        chores.scheduleWithFixedDelay(() -> forgetOldAnswers(store, clock), 1, 60, TimeUnit.MINUTES);
        ComplaintRegister complaints = new ComplaintRegister(config, store);
        chores.scheduleWithFixedDelay(() -> escalateComplaints(desk, complaints, clock), 0,
                choresRound().toMillis(), TimeUnit.MILLISECONDS);
        return new Hall(store, desk, bell, chores, context);
    }

    /** Waits until the writer has brought the database up to its journal, for a backup. */
    void makeCopyCurrent() {
        try {
            desk.read(engine -> {
                store.catchUpForBackup();
                return null;
            }).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the hall's writer could not prepare the backup: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    HallStore store() {
        return store;
    }

    HallContext context() {
        return context;
    }

    /** The desk writes through the store: alone on H2, after the other servers' commits on PostgreSQL. */
    static HallDesk.Ledger ledgerOf(HallStore store) {
        return new HallDesk.Ledger() {
            @Override
            public Batch write(long lastSeq, List<RetryKey> keys,
                               BiFunction<List<HallEvent>, Function<RetryKey, Optional<KeptAnswer>>, Batch> work) {
                return store.write(lastSeq, keys, work);
            }

            @Override
            public List<HallEvent> committedAfter(long lastSeq) {
                return store.committedAfter(lastSeq);
            }
        };
    }

    /** What the forecast knows at start: the last {@value #LEARN_DAYS} days of the event log. */
    private static HallHistory learnedHistory(HallConfig config, HallStore store, Clock clock) {
        HallHistory history = new HallHistory(config);
        Instant now = clock.instant();
        store.events(now.minus(Duration.ofDays(LEARN_DAYS)), now, HistoryFromLog.into(history));
        return history;
    }

    /**
     * Marks printers whose agents went quiet, a few times per silence period, and unused
     * bookings as missed soon after their check-in window closes, and escalates 差评 cases past
     * a deadline; pauses and resumes counters for their scheduled breaks (午休); lets past days go.
     */
    private static ScheduledExecutorService chores(HallDesk desk, Duration silence) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-chores");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(50, Math.min(1000, silence.toMillis() / 4));
        timer.scheduleWithFixedDelay(() -> whenDue(desk, e -> e.hasSilentPrinters(silence),
                e -> e.markSilentPrinters(silence)), every, every, TimeUnit.MILLISECONDS);
        // one write for all: a shared hall's lock is taken once a round, not once per chore
        timer.scheduleWithFixedDelay(() -> whenDue(desk, QueueEngine::choresDue,
                e -> e.closeMissedBookings() + e.escalateOverdueCases() + e.keepBreaks()), 0,
                choresRound().toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> desk.read(e -> {
            e.forgetOldDays();
            return null;
        }), FORGET_EVERY.toMillis(), FORGET_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return timer;
    }

    /**
     * Asks for the chore's write only when a look at the hall as this server has it finds
     * something due. On a shared database a write takes the hall's lock and commits; with
     * a deployment's halls each writing every second with nothing to do, a server spent its
     * pool on that before a citizen arrived (`bench/city`). Another server's change not yet
     * taken in here may make a chore due that this look misses; that server's own chores
     * see it, and this one's next write takes it in.
     */
    private static void whenDue(HallDesk desk, java.util.function.Predicate<QueueEngine> due,
                                java.util.function.Function<QueueEngine, ?> chore) {
        desk.peek(due::test).thenAccept(isDue -> {
            if (isDue) {
                desk.ask(chore);
            }
        });
    }

    /**
     * 超期升级 of the complaints register: the overdue ones are read here, off the writer, and
     * the writer escalates each once ({@code complaint.escalated}, kept with the complaint).
     * Waiting here keeps the next round from reading before this one is written.
     */
    private static void escalateComplaints(HallDesk desk, ComplaintRegister complaints, Clock clock) {
        try {
            List<Complaint> overdue = complaints.dueForEscalation(clock.instant());
            if (!overdue.isEmpty()) {
                desk.ask(e -> e.escalateComplaints(overdue)).get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // a scheduled chore that throws is never run again: log it, and the next round tries again
            LoggerFactory.getLogger(Hall.class).warn("could not escalate overdue complaints: {}", e.getMessage());
        }
    }

    /** Retry keys are honoured for 24 hours, then their answers go. */
    private static void forgetOldAnswers(HallStore store, Clock clock) {
        try {
            store.forgetAnswersBefore(clock.instant().minus(KeptAnswer.KEPT_FOR));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Hall.class).warn("could not forget old retry answers: {}", e.getMessage());
        }
    }

    /** Stops the chores and the news from other servers; requests still queued at the desk are finished. */
    void stopChores() {
        chores.shutdownNow();
        close(context.notifications());
        close(bell);
    }

    /** Finishes the desk's queued work, then closes the database cleanly. */
    @Override
    public void close() {
        stopChores();
        desk.close();
        store.close();
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // stopping; nothing more can be done about it
        }
    }
}
