package com.hallqueue.server;

import com.hallqueue.server.backup.BackupChannel;
import com.hallqueue.server.backup.BackupException;
import com.hallqueue.server.backup.DataDir;
import com.hallqueue.server.backup.NightlyBackup;
import com.hallqueue.server.config.ConfigException;
import com.hallqueue.server.config.Deployment;
import com.hallqueue.server.config.DeploymentLoader;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.config.PasswordHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code hallqueue server|simulate|hash-password}. Bad arguments or a bad config: one line on
 * standard error and exit status 2. SIGTERM finishes requests in flight, closes the
 * database cleanly and exits 0.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        // pgjdbc logs through java.util.logging; its lines join the server's log.
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        try {
            run(args);
        } catch (UsageException | ConfigException e) {
            System.err.println("hallqueue: " + e.getMessage());
            System.exit(2);
        } catch (BackupException e) {
            System.err.println("hallqueue: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        if (command.equals("--version") || command.equals("version")) {
            System.out.println(Usage.version());
            return;
        }
        if (command.equals("help") || Usage.asksForHelp(args)) {
            System.out.print(Usage.of(command.equals("help") && args.length > 1 ? args[1] : command));
            return;
        }
        switch (command) {
            case "server" -> server(ServerArgs.parse(args));
            case "hash-password" -> hashPassword();
            case "simulate" -> SimulateArgs.parse(args).run();
            case "backup" -> BackupArgs.parse(args).run();
            case "restore" -> RestoreArgs.parse(args).run();
            default -> throw new UsageException("unknown command \"" + command + "\"; use: server, backup, restore,"
                    + " simulate, hash-password, printer or display (hallqueue --help)");
        }
    }

    private static void server(ServerArgs a) {
        Deployment deployment = deployment(a);
        String jdbcUrl = a.db() != null ? a.db() : h2Url(a.data());
        HallApp app;
        try {
            app = HallApp.start(deployment, jdbcUrl, a.host(), a.port(), Clock.systemUTC(), HallApp.PRINTER_SILENCE);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            LOG.error("the hall server could not start", e);
            System.err.println("hallqueue: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        List<AutoCloseable> backups = a.db() == null ? backups(a, deployment, app) : List.of();
        System.out.println("listening on http://" + a.host() + ":" + app.port());
        System.out.flush();
        awaitTermination(app, backups);
    }

    /** The halls to run: those of {@code --deployment}, the hall of {@code --config}, or the demo hall. */
    private static Deployment deployment(ServerArgs a) {
        if (a.deployment() != null) {
            return new DeploymentLoader().load(a.deployment());
        }
        HallConfigLoader loader = new HallConfigLoader();
        return Deployment.single(a.config() == null ? loader.demo() : loader.load(a.config()));
    }

    /** The backup channel of an H2 hall (for {@code hallqueue backup}) and, if asked for, the nightly backup. */
    private static List<AutoCloseable> backups(ServerArgs a, Deployment deployment, HallApp app) {
        List<AutoCloseable> out = new java.util.ArrayList<>();
        try {
            out.add(BackupChannel.open(new DataDir(a.data()), app));
        } catch (BackupException e) {
            LOG.warn("no backup channel, so hallqueue backup cannot copy this running hall: {}", e.getMessage());
        }
        ServerArgs.Nightly n = a.nightly();
        if (n.dir() != null) {
            out.add(new NightlyBackup(app, n.dir(), n.keep(), n.at(), deployment.home().config().zone(),
                    Clock.systemUTC()).start());
        }
        return out;
    }

    /** Runs until SIGTERM or SIGINT, then shuts down in order and exits 0. */
    private static void awaitTermination(HallApp app, List<AutoCloseable> backups) {
        CountDownLatch stop = new CountDownLatch(1);
        for (String signal : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> stop.countDown());
        }
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("stopping: finishing requests in flight and closing the database");
        backups.forEach(Main::closeQuietly);
        app.close();
        System.exit(0);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("stopping: {}", e.getMessage());
        }
    }

    private static String h2Url(Path data) {
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UsageException("--data " + data + ": cannot create the directory (" + e.getMessage() + ")");
        }
        return new DataDir(data).jdbcUrl();
    }

    private static void hashPassword() {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String password = System.console() != null
                    ? new String(System.console().readPassword("password: ")) : in.readLine();
            if (password == null || password.isEmpty()) {
                throw new UsageException("hash-password: give the password on standard input");
            }
            System.out.println(PasswordHash.create(password.toCharArray()));
        } catch (IOException e) {
            throw new UsageException("hash-password: " + e.getMessage());
        }
    }
}
