package com.hallqueue.server.bench;

import com.hallqueue.server.bench.CityHalls.Hall;
import com.hallqueue.server.bench.CityHalls.Kind;
import com.hallqueue.server.testing.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A city of halls as one central deployment: {@code N} halls (small, medium, large) on three
 * server processes sharing one PostgreSQL database. Measures each server's start with every
 * hall, its threads and heap, the database connections at idle and at peak, and a morning
 * peak offered open-loop ({@link CityPeak}) with screens watching a sample of halls at a
 * server other than the one their counters use. Run with {@code bench/city}.
 */
public final class CityLoad {

    private static final int SERVERS = 3;

    private final List<CityServer> servers = new CopyOnWriteArrayList<>();

    private CityLoad() {
    }

    public static void main(String[] args) throws Exception {
        int count = option(args, "--halls", 200);
        double seconds = option(args, "--seconds", 30);
        int screens = option(args, "--screens", 20);
        CityLoad city = new CityLoad();
        Thread stopAll = new Thread(city::killAll);
        Runtime.getRuntime().addShutdownHook(stopAll);
        city.run(count, seconds, screens, List.of(args).contains("--together"), List.of(args).contains("--kill"));
        Runtime.getRuntime().removeShutdownHook(stopAll);
    }

    private static int option(String[] args, String name, int otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return otherwise;
    }

    /** The servers' heap limit (1 GB), and any options given in BENCH_SERVER_JVM (a later -Xmx wins). */
    private static List<String> serverJvm() {
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g"));
        String extra = System.getenv("BENCH_SERVER_JVM");
        if (extra != null && !extra.isBlank()) {
            jvm.addAll(List.of(extra.trim().split("\\s+")));
        }
        return jvm;
    }

    /** With {@code kill}, server 1 is killed half-way through the peak and its halls move to the others ({@link CityKill}). */
    private void run(int count, double seconds, int screens, boolean together, boolean kill) throws Exception {
        String db = Postgres.database();
        Path dir = Files.createTempDirectory("hallqueue-city");
        List<Hall> halls = CityHalls.city(count, SERVERS);
        Path deployment = CityHalls.write(dir, halls);
        describe(halls, dir);
        System.out.println("machine load at the start (/proc/loadavg): " + loadAverage());
        Baseline base = baseline(dir, db);
        try (PgConnections pg = new PgConnections(db)) {
            System.out.println(pg.settings() + " (the whole cluster's limit, shared with other databases)");
            if (!start(deployment, db, dir, halls, together)) {
                System.out.println("== the run stops here: not every server started");
                return;
            }
            int[] ports = servers.stream().mapToInt(CityServer::port).toArray();
            Thread.sleep(5000);
            double[] cpu = cpu();
            Thread.sleep(10_000);
            double idleCpu = total(cpu(), cpu) / 10;
            System.out.println("CPU at idle over 10 s (100% is one core of the machine's two): " + cpuUse(cpu, 10));
            PgConnections.Count idle = pg.now();
            figures(base, count);
            System.out.printf("PostgreSQL connections at idle: %d (of which active %d)%n", idle.all(), idle.active());

            long opening = System.nanoTime();
            Map<String, List<String>> tokens = CityOpening.open(halls, ports, i -> dumpThreads(servers.get(i), dir));
            System.out.printf("opening (logins, counters opened, one ticket per counter): %.1f s, %d requests"
                    + " refused with 503 and sent again%n", (System.nanoTime() - opening) / 1e9, CityOpening.refused());
            settle(idleCpu);
            List<Hall> sample = sample(halls, screens);
            ScreenWatch watch = new ScreenWatch();
            for (Hall h : sample) {
                if (kill) {
                    watch.connectMoving(ports, (h.server() + 1) % SERVERS, h.prefix(), h.displayToken());
                } else {
                    watch.connect(ports[(h.server() + 1) % SERVERS], h.prefix(), h.displayToken(), 1);
                }
            }
            Thread.sleep(2000);
            pg.resetPeak();
            Set<String> watched = new LinkedHashSet<>();
            sample.forEach(h -> watched.add(h.id()));
            CityPeak peak = new CityPeak(halls, ports, tokens, watched, kill);
            double[] cpuBefore = cpu();
            long generatorBefore = generatorCpu();
            Map<Long, Double> postgresBefore = postgresCpu();
            long peakStarted = System.nanoTime();
            if (kill) {
                // the peak's first request is due a second from now
                CityKill.schedule(servers.get(0), peakStarted + 1_000_000_000L + (long) (seconds / 2 * 1e9));
            }
            peak.run(seconds);
            PgConnections.Count busiest = pg.peak();
            double peakSeconds = (System.nanoTime() - peakStarted) / 1e9;
            String cpuAtPeak = cpuUse(cpuBefore, peakSeconds) + String.format(", PostgreSQL %.0f%%, the load generator"
                    + " %.0f%%", postgresUse(postgresBefore) / peakSeconds * 100,
                    (generatorCpu() - generatorBefore) / 1e9 / peakSeconds * 100);
            Thread.sleep(2000);
            watch.close();

            System.out.printf("== morning peak, %.0f s offered%n", seconds);
            new CityReport(halls, peak, seconds).print();
            System.out.println(CityReport.screens(watch, peak.watchedCalls(), sample.size()));
            System.out.printf("PostgreSQL connections at peak: %d (of which active %d), sampled every 200 ms%n",
                    busiest.all(), busiest.active());
            System.out.println("CPU during the peak (of 200% for the machine's two cores): " + cpuAtPeak);
            System.out.println("== servers after the peak");
            figures(base, count);
            System.out.println("machine load after the peak (/proc/loadavg): " + loadAverage());
            CityReport.goals(servers, idle, busiest, peak, halls, watch);
            if (kill) {
                CityKill.report(peak, watch, halls, 0, servers.get(1).port());
            }
        } finally {
            for (CityServer s : servers) {
                stop(s);
            }
            logs(dir);
        }
    }

    private static void describe(List<Hall> halls, Path dir) {
        System.out.printf("== a city of %d halls on %d servers, one PostgreSQL database (files in %s)%n", halls.size(),
                SERVERS, dir);
        double offered = 0;
        for (Kind k : Kind.values()) {
            List<Hall> of = halls.stream().filter(h -> h.kind() == k).toList();
            offered += of.size() * k.ticketsPerSecond;
            System.out.printf("  %-6s %3d halls, %4d counters, %d–%d services, kiosk %.1f tickets/s each%n", k,
                    of.size(), of.stream().mapToInt(Hall::counters).sum(), k.minServices, k.maxServices,
                    k.ticketsPerSecond);
        }
        System.out.printf("  offered: %.1f tickets/s and as many calls (each after a finish) across the city%n",
                offered);
    }

    /** What one server costs with a single hall, so that the city's figures can be put per hall. */
    record Baseline(int threads, long heapLive) {
    }

    private Baseline baseline(Path dir, String db) throws Exception {
        Path one = Files.writeString(dir.resolve("one.yaml"), "halls:\n  - {id: base, config: h001.yaml}\n");
        CityServer s = CityServer.start("one hall", one, db, dir.resolve("data-base"), serverJvm(), List.of("base"));
        servers.add(s);
        try {
            Thread.sleep(3000);
            Baseline b = new Baseline(s.threads(), s.heapLive());
            System.out.printf("one server with one hall (the first hall's file): ready in %.1f s, %d threads,"
                    + " heap live %.0f MB%n", s.readySeconds, b.threads(), b.heapLive() / 1e6);
            return b;
        } finally {
            stop(s);
            servers.remove(s);
        }
    }

    /**
     * The first server alone on the empty database (it makes every hall's schema), then the
     * other two one after the other, or both at once if {@code together}; each until every
     * hall is ready at it. False, having said which and why, when one could not start.
     */
    private boolean start(Path deployment, String db, Path dir, List<Hall> halls, boolean together)
            throws Exception {
        List<String> ids = halls.stream().map(Hall::id).toList();
        if (!startAtOnce(List.of(1), deployment, db, dir, ids, "alone, on the empty database")) {
            return false;
        }
        if (together) {
            return startAtOnce(List.of(2, 3), deployment, db, dir, ids, "the other two at once");
        }
        return startAtOnce(List.of(2), deployment, db, dir, ids, "alone, after server 1")
                && startAtOnce(List.of(3), deployment, db, dir, ids, "alone, after server 2");
    }

    private boolean startAtOnce(List<Integer> numbers, Path deployment, String db, Path dir, List<String> ids,
                                String how) throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(numbers.size());
        try {
            List<Future<CityServer>> started = new ArrayList<>();
            for (int n : numbers) {
                Path data = dir.resolve("data-" + n);
                started.add(starting.submit(() -> {
                    CityServer s = CityServer.start("server " + n, deployment, db, data, serverJvm(), ids);
                    servers.add(s);
                    return s;
                }));
            }
            boolean all = true;
            for (int i = 0; i < started.size(); i++) {
                try {
                    CityServer s = started.get(i).get();
                    System.out.printf("%s (pid %d): listening %.1f s after launch, every hall ready %.1f s after"
                            + " launch (%s)%n", s.name, s.pid, s.listeningSeconds, s.readySeconds, how);
                } catch (java.util.concurrent.ExecutionException e) {
                    all = false;
                    System.out.println("server " + numbers.get(i) + " could not start (" + how + "): "
                            + why(e.getCause()));
                }
            }
            servers.sort(Comparator.comparing(s -> s.name));
            return all;
        } finally {
            starting.shutdown();
        }
    }

    /** What a server's threads were doing when it first refused a request: the file is named in the output. */
    private static void dumpThreads(CityServer s, Path dir) {
        Path file = dir.resolve("threads-" + s.name.replace(' ', '-') + ".txt");
        try {
            s.threadDump(file);
            System.out.println(s.name + " refused a request of the opening with 503; its threads then: " + file);
        } catch (Exception e) {
            System.out.println(s.name + " refused a request with 503; no thread dump: " + e.getMessage());
        }
    }

    /** The first line of a failure, and the server's own "cannot start" line if its log has one. */
    private static String why(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        String first = message.lines().findFirst().orElse("");
        return message.lines().filter(l -> l.contains("cannot start")).findFirst()
                .map(l -> first + "; " + l.trim()).orElse(first);
    }

    /**
     * What each server's log says of the database: how often a connection could not be had
     * from its pool within the 5 s Hikari waits, how often PostgreSQL ended a session left
     * idle inside its transaction, and how often a hall was rebuilt from the store.
     */
    private static void logs(Path dir) throws java.io.IOException {
        System.out.println("== the servers' logs");
        for (int n = 1; n <= SERVERS; n++) {
            Path log = dir.resolve("data-" + n).resolve("server.log");
            if (!Files.exists(log)) {
                continue;
            }
            List<String> lines = Files.readAllLines(log);
            System.out.printf("server %d: %d pool waits of 5 s that got no connection, %d sessions ended by"
                            + " idle_in_transaction_session_timeout, %d halls restored from the store, %d ERROR lines%n",
                    n, count(lines, "Connection is not available"), count(lines, "idle-in-transaction timeout"),
                    count(lines, "restoring the hall from the store"), count(lines, " ERROR "));
        }
    }

    private static long count(List<String> lines, String text) {
        return lines.stream().filter(l -> l.contains(text) && !l.startsWith("Caused by")).count();
    }

    /** Each server's threads, heap as found and heap after a full collection, and what that makes per hall. */
    private void figures(Baseline base, int count) throws Exception {
        for (CityServer s : servers) {
            if (!s.alive()) {
                System.out.println(s.name + ": killed");
                continue;
            }
            int threads = s.threads();
            long used = s.heapUsed();
            long live = s.heapLive();
            String line = String.format("%s: %d threads (%.1f per hall more than with one), heap used %.0f MB as"
                            + " found, %.0f MB live after a full GC (%.2f MB per hall more than with one)", s.name,
                    threads, (threads - base.threads()) / (double) Math.max(1, count - 1), used / 1e6, live / 1e6,
                    (live - base.heapLive()) / 1e6 / Math.max(1, count - 1));
            System.out.println(line);
        }
    }

    /**
     * {@code n} halls spread over the city: every {@code k}-th, {@code k} about {@code N / n} and
     * sharing no factor with {@code N}, so that the sample does not keep landing on the same
     * place in the every-20 pattern of sizes (with 200 halls: h001, h012, h023, …, every kind).
     */
    private static List<Hall> sample(List<Hall> halls, int n) {
        int take = Math.min(n, halls.size());
        int stride = Math.max(1, halls.size() / Math.max(1, take));
        while (java.math.BigInteger.valueOf(stride).gcd(java.math.BigInteger.valueOf(halls.size())).intValue() != 1) {
            stride++;
        }
        List<Hall> out = new ArrayList<>();
        for (int i = 0; i < take; i++) {
            out.add(halls.get((int) ((long) i * stride % halls.size())));
        }
        return out;
    }

    /** Other work on the machine shares its two cores with the run: say how much there was. */
    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    /**
     * Waits until the servers are back near their idle CPU. The opening's logins leave each
     * server password hashes to strengthen (the city's files hold cheap ones; each is replaced
     * by a 600,000-round PBKDF2 on a thread of its own after the login it let in), and a peak
     * run on top of that hashing would measure the hashing. A hall's staff log in over its
     * morning, not in two minutes, so the peak is measured after it, and the wait is said.
     */
    private void settle(double idleCpu) throws Exception {
        long began = System.nanoTime();
        double share = Double.NaN;
        for (int i = 0; i < 150; i++) {
            double[] before = cpu();
            Thread.sleep(2000);
            share = total(cpu(), before) / 2;
            if (share < idleCpu * 1.5 + 0.1) {
                break;
            }
        }
        System.out.printf("waited %.0f s after the opening for the servers to be back near idle (the three at %.0f%%"
                + " of one core, at idle %.0f%%): the logins' passwords being strengthened%n",
                (System.nanoTime() - began) / 1e9, share * 100, idleCpu * 100);
    }

    private static double total(double[] now, double[] before) {
        double sum = 0;
        for (int i = 0; i < now.length; i++) {
            sum += now[i] - before[i];
        }
        return sum;
    }

    /** Each server's CPU seconds so far. */
    private double[] cpu() throws java.io.IOException {
        double[] out = new double[servers.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = servers.get(i).cpuSeconds();
        }
        return out;
    }

    /** Each server's share of one core since {@code before}, {@code seconds} ago. */
    private String cpuUse(double[] before, double seconds) throws java.io.IOException {
        double[] now = cpu();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < now.length; i++) {
            CityServer s = servers.get(i);
            parts.add(s.alive() ? String.format("%s %.0f%%", s.name, (now[i] - before[i]) / seconds * 100)
                    : s.name + " killed during it");
        }
        return String.join(", ", parts);
    }

    /**
     * CPU seconds used by PostgreSQL since {@code before}: by each of its processes then
     * still running since then, and by each one started since in all. A backend that ended
     * in between is left out, so this is a lower bound (the servers' pools keep theirs).
     */
    private static double postgresUse(Map<Long, Double> before) throws java.io.IOException {
        double seconds = 0;
        for (Map.Entry<Long, Double> now : postgresCpu().entrySet()) {
            seconds += now.getValue() - before.getOrDefault(now.getKey(), 0.0);
        }
        return seconds;
    }

    /**
     * CPU seconds used so far by each PostgreSQL process of the machine (the postmaster and
     * its backends: every process named {@code postgres}), by pid.
     */
    private static Map<Long, Double> postgresCpu() throws java.io.IOException {
        Map<Long, Double> seconds = new java.util.HashMap<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        seconds.put(Long.parseLong(p.getFileName().toString()), CityServer.cpuSecondsOf(stat));
                    }
                } catch (java.io.IOException gone) {
                    // the process ended while the list was read
                }
            }
        }
        return seconds;
    }

    /** CPU time of this load generator's own process, in nanoseconds. */
    private static long generatorCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void stop(CityServer s) {
        try {
            s.stop();
        } catch (Exception | Error e) {
            System.err.println(s.name + " did not stop cleanly: " + e.getMessage());
        } finally {
            s.close();
        }
    }

    /** On an interrupted run: no server process is left behind. */
    private void killAll() {
        servers.forEach(CityServer::close);
    }

    static double p(long[] nanos, double q) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[(int) (sorted.length * q)] / 1e6;
    }
}
