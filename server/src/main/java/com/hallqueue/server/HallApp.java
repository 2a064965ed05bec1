package com.hallqueue.server;

import com.hallqueue.server.access.Authenticator;
import com.hallqueue.server.access.StaffSessions;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.CounterDef;
import com.hallqueue.server.desk.HallDesk;
import com.hallqueue.server.events.EventHub;
import com.hallqueue.server.forecast.ForwardForecast;
import com.hallqueue.server.forecast.HallHistory;
import com.hallqueue.server.forecast.HistoryFromLog;
import com.hallqueue.server.http.HallApi;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.HallServer;
import com.hallqueue.server.metrics.Metrics;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.staffing.StaffingAdvice;
import com.hallqueue.server.stats.StatsReport;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.voice.Announcements;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running hall server, wired together in one place: store, engine behind the desk,
 * event hub, API and network. Production and tests start it the same way.
 */
public final class HallApp implements AutoCloseable {

    private static final int WORKERS = 8;
    private static final int WORKER_QUEUE = 4096;
    private static final int LEARN_DAYS = 14;
    /** How often bookings whose check-in window has closed are marked missed. */
    private static final Duration MISSED_BOOKINGS_EVERY = Duration.ofSeconds(5);
    /** A printer agent reports every few seconds; this long without a word and its printer is OFFLINE. */
    public static final Duration PRINTER_SILENCE = Duration.ofSeconds(30);

    private final HallStore store;
    private final HallDesk desk;
    private final ExecutorService workers;
    private final HallServer server;
    private final ScheduledExecutorService printerWatch;
    private final AutoCloseable bell;

    private HallApp(HallStore store, HallDesk desk, ExecutorService workers, HallServer server,
                    ScheduledExecutorService printerWatch, AutoCloseable bell) {
        this.bell = bell;
        this.store = store;
        this.desk = desk;
        this.workers = workers;
        this.server = server;
        this.printerWatch = printerWatch;
    }

    public static HallApp start(HallConfig config, String jdbcUrl, String host, int port, Clock clock)
            throws InterruptedException {
        return start(config, jdbcUrl, host, port, clock, PRINTER_SILENCE);
    }

    public static HallApp start(HallConfig config, String jdbcUrl, String host, int port, Clock clock,
                                Duration printerSilence) throws InterruptedException {
        Announcements announcements = Announcements.load(config.screens().voiceClips());
        HallStore store = HallStore.open(jdbcUrl);
        List<Integer> counters = config.counters().stream().map(CounterDef::number).toList();
        EventHub hub = new EventHub();
        HallDesk desk = new HallDesk(() -> new QueueEngine(config, clock, TicketIds.secure(),
                store.load(LocalDate.now(clock.withZone(config.zone())).minusDays(1), counters),
                new ForwardForecast(learnedHistory(config, store, clock))), ledgerOf(store), hub);
        AutoCloseable bell = store.listen(desk::catchUp);
        Metrics metrics = new Metrics();
        metrics.countScreensWith(hub::size);
        desk.follow(metrics);
        StaffSessions sessions = new StaffSessions(config, store, clock);
        store.forgetExpiredSessions(clock.instant());
        ExecutorService workers = workers();
        HallContext context = new HallContext(config, desk, store, sessions,
                new Authenticator(config.devices(), sessions), new StatsReport(config, store, clock),
                new StaffingAdvice(config, store), metrics, workers, announcements);
        try {
            HallServer server = HallServer.start(new HallApi(context), host, port);
            ScheduledExecutorService chores = watchPrinters(desk, printerSilence);
            closeMissedBookings(chores, desk);
            return new HallApp(store, desk, workers, server, chores, bell);
        } catch (RuntimeException | InterruptedException e) {
            closeQuietly(bell);
            workers.shutdownNow();
            desk.close();
            store.close();
            throw e;
        }
    }

    /** The desk writes through the store: alone on H2, after the other servers' commits on PostgreSQL. */
    private static HallDesk.Ledger ledgerOf(HallStore store) {
        return new HallDesk.Ledger() {
            @Override
            public List<com.hallqueue.server.queue.HallEvent> write(long lastSeq,
                    java.util.function.UnaryOperator<List<com.hallqueue.server.queue.HallEvent>> work) {
                return store.write(lastSeq, work);
            }

            @Override
            public List<com.hallqueue.server.queue.HallEvent> committedAfter(long lastSeq) {
                return store.committedAfter(lastSeq);
            }
        };
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // stopping; nothing more can be done about it
        }
    }

    /** What the forecast knows at start: the last {@value #LEARN_DAYS} days of the event log. */
    private static HallHistory learnedHistory(HallConfig config, HallStore store, Clock clock) {
        HallHistory history = new HallHistory(config);
        Instant now = clock.instant();
        HistoryFromLog.replay(store.events(now.minus(Duration.ofDays(LEARN_DAYS)), now), history);
        return history;
    }

    private static ExecutorService workers() {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WORKER_QUEUE),
                r -> new Thread(r, "hall-worker-" + n.incrementAndGet()));
    }

    /** Asks the hall, a few times per silence period, to mark printers whose agents went quiet. */
    private static ScheduledExecutorService watchPrinters(HallDesk desk, Duration silence) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "printer-watch");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(50, Math.min(1000, silence.toMillis() / 4));
        timer.scheduleWithFixedDelay(() -> desk.ask(e -> e.markSilentPrinters(silence)), every, every,
                TimeUnit.MILLISECONDS);
        return timer;
    }

    /** An unused booking becomes a no-show in the event log soon after its check-in window closes. */
    private static void closeMissedBookings(ScheduledExecutorService timer, HallDesk desk) {
        long every = MISSED_BOOKINGS_EVERY.toMillis();
        timer.scheduleWithFixedDelay(() -> desk.ask(QueueEngine::closeMissedBookings), 0, every, TimeUnit.MILLISECONDS);
    }

    public int port() {
        return server.port();
    }

    /** Stops taking requests, lets those in flight finish, then closes the database cleanly. */
    @Override
    public void close() {
        printerWatch.shutdownNow();
        closeQuietly(bell);
        server.stopAccepting();
        desk.close();
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        store.close();
    }
}
