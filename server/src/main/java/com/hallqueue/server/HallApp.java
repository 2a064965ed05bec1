package com.hallqueue.server;

import com.hallqueue.server.access.Authenticator;
import com.hallqueue.server.access.StaffSessions;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.CounterDef;
import com.hallqueue.server.desk.HallDesk;
import com.hallqueue.server.events.EventHub;
import com.hallqueue.server.http.HallApi;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.HallServer;
import com.hallqueue.server.metrics.Metrics;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.stats.StatsReport;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.voice.Announcements;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
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

    private final HallStore store;
    private final HallDesk desk;
    private final ExecutorService workers;
    private final HallServer server;

    private HallApp(HallStore store, HallDesk desk, ExecutorService workers, HallServer server) {
        this.store = store;
        this.desk = desk;
        this.workers = workers;
        this.server = server;
    }

    public static HallApp start(HallConfig config, String jdbcUrl, String host, int port, Clock clock)
            throws InterruptedException {
        Announcements announcements = Announcements.load(config.screens().voiceClips());
        HallStore store = HallStore.open(jdbcUrl);
        List<Integer> counters = config.counters().stream().map(CounterDef::number).toList();
        EventHub hub = new EventHub();
        HallDesk desk = new HallDesk(() -> new QueueEngine(config, clock, TicketIds.secure(),
                store.load(LocalDate.now(clock.withZone(config.zone())).minusDays(1), counters)),
                store::commit, hub);
        Metrics metrics = new Metrics();
        metrics.countScreensWith(hub::size);
        desk.follow(metrics);
        StaffSessions sessions = new StaffSessions(config, store, clock);
        store.forgetExpiredSessions(clock.instant());
        ExecutorService workers = workers();
        HallContext context = new HallContext(config, desk, store, sessions,
                new Authenticator(config.devices(), sessions), new StatsReport(config, store), metrics, workers,
                announcements);
        try {
            return new HallApp(store, desk, workers, HallServer.start(new HallApi(context), host, port));
        } catch (RuntimeException | InterruptedException e) {
            workers.shutdownNow();
            desk.close();
            store.close();
            throw e;
        }
    }

    private static ExecutorService workers() {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WORKER_QUEUE),
                r -> new Thread(r, "hall-worker-" + n.incrementAndGet()));
    }

    public int port() {
        return server.port();
    }

    /** Stops taking requests, lets those in flight finish, then closes the database cleanly. */
    @Override
    public void close() {
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
