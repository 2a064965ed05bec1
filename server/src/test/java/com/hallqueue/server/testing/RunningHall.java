package com.hallqueue.server.testing;

import com.hallqueue.server.HallApp;
import com.hallqueue.server.config.Deployment;
import com.hallqueue.server.config.HallConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** A real hall server on port 0 over a fresh in-memory database, for one test class or test. */
public final class RunningHall implements AutoCloseable {

    private final HallApp app;
    public final ApiClient api;

    private RunningHall(HallApp app) {
        this.app = app;
        this.api = new ApiClient(app.port());
    }

    public static RunningHall start(HallConfig config, Clock clock) {
        try {
            String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            return new RunningHall(HallApp.start(config, url, "127.0.0.1", 0, clock));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A hall on {@code jdbcUrl} (one PostgreSQL database for several servers, say) going by {@code clock}. */
    public static RunningHall start(HallConfig config, String jdbcUrl, Clock clock) {
        try {
            return new RunningHall(HallApp.start(config, jdbcUrl, "127.0.0.1", 0, clock));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A hall on {@code jdbcUrl} (a file database survives a restart) whose printers go OFFLINE after {@code printerSilence}. */
    public static RunningHall start(HallConfig config, String jdbcUrl, Duration printerSilence) {
        return start(config, jdbcUrl, printerSilence, 0);
    }

    /** The same, on a fixed {@code port}, so clients can find a restarted hall where they left it. */
    public static RunningHall start(HallConfig config, String jdbcUrl, Duration printerSilence, int port) {
        try {
            return new RunningHall(HallApp.start(config, jdbcUrl, "127.0.0.1", port, Clock.systemUTC(), printerSilence));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every hall of {@code deployment}, in schemas of one fresh in-memory database; the first is the home hall. */
    public static RunningHall start(Deployment deployment) {
        try {
            String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            return new RunningHall(HallApp.start(deployment, url, "127.0.0.1", 0, Clock.systemUTC(),
                    HallApp.PRINTER_SILENCE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static RunningHall demo() {
        return start(Halls.demo(), Clock.systemUTC());
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.close();
    }
}
