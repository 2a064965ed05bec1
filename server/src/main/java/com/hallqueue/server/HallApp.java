package com.hallqueue.server;

import com.hallqueue.server.backup.LiveHall;
import com.hallqueue.server.config.Deployment;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.http.HallApi;
import com.hallqueue.server.http.HallDirectory;
import com.hallqueue.server.http.HallServer;
import com.hallqueue.server.store.HallDatabase;
import com.hallqueue.server.store.HallStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running server, wired together in one place: its halls, each with its store and
 * engine behind a desk, one pool of workers and one network front. Production and tests
 * start it the same way.
 */
public final class HallApp implements AutoCloseable, LiveHall {

    private static final int WORKERS = 8;
    private static final int WORKER_QUEUE = 4096;
    /** A printer agent reports every few seconds; this long without a word and its printer is OFFLINE. */
    public static final Duration PRINTER_SILENCE = Duration.ofSeconds(30);

    private final List<Hall> halls;
    private final HallDatabase database;
    private final ExecutorService workers;
    private final HallServer server;

    private HallApp(List<Hall> halls, HallDatabase database, ExecutorService workers, HallServer server) {
        this.halls = halls;
        this.database = database;
        this.workers = workers;
        this.server = server;
    }

    public static HallApp start(HallConfig config, String jdbcUrl, String host, int port, Clock clock)
            throws InterruptedException {
        return start(config, jdbcUrl, host, port, clock, PRINTER_SILENCE);
    }

    public static HallApp start(HallConfig config, String jdbcUrl, String host, int port, Clock clock,
                                Duration printerSilence) throws InterruptedException {
        return start(Deployment.single(config), jdbcUrl, host, port, clock, printerSilence);
    }

    /** Starts every hall of the deployment, then serves them all on {@code host:port}. */
    public static HallApp start(Deployment deployment, String jdbcUrl, String host, int port, Clock clock,
                                Duration printerSilence) throws InterruptedException {
        ExecutorService workers = workers();
        HallDatabase database = deployment.central() ? HallDatabase.open(jdbcUrl) : null;
        List<Hall> halls = new ArrayList<>();
        try {
            for (Deployment.Member m : deployment.halls()) {
                HallStore store = m.schema() == null ? HallStore.open(jdbcUrl) : database.hall(m.schema());
                String basePath = m == deployment.home() ? "" : "/halls/" + m.id();
                halls.add(Hall.open(m.config(), basePath, store, workers, clock, printerSilence));
            }
            HallServer server = HallServer.start(directory(deployment, halls), host, port);
            return new HallApp(halls, database, workers, server);
        } catch (RuntimeException | InterruptedException e) {
            workers.shutdownNow();
            halls.forEach(Hall::close);
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    private static HallDirectory directory(Deployment deployment, List<Hall> halls) {
        Map<String, HallApi> byId = new LinkedHashMap<>();
        for (int i = 0; i < halls.size(); i++) {
            byId.put(deployment.halls().get(i).id(), new HallApi(halls.get(i).context()));
        }
        return new HallDirectory(byId);
    }

    private static ExecutorService workers() {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WORKER_QUEUE),
                r -> new Thread(r, "hall-worker-" + n.incrementAndGet()));
    }

    /**
     * A copy of the whole H2 database (every hall in it), holding every change acknowledged
     * before this was called: each hall's writer first brings the database up to its journal.
     */
    @Override
    public void backupTo(java.nio.file.Path zip) {
        halls.forEach(Hall::makeCopyCurrent);
        halls.get(0).store().backupTo(zip);
    }

    public int port() {
        return server.port();
    }

    /** Stops taking requests, lets those in flight finish, then closes the databases cleanly. */
    @Override
    public void close() {
        halls.forEach(Hall::stopChores);
        server.stopAccepting();
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        halls.forEach(Hall::close);
        if (database != null) {
            database.close();
        }
    }
}
