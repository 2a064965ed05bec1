package com.hallqueue.server.bench;

import com.hallqueue.server.config.PasswordHash;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.ServerProcess;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year of a busy hall in the store, and what it costs: the past days are written straight
 * into an H2 file ({@link YearOfHall}), then the real server process, with a 256 MB heap
 * limit, answers the yearly report and its Excel export (time, size, the heap's peak from
 * the server's own GC log), and serves call + finish from six counters with a long queue
 * waiting; the same load on a fresh store is measured beside it. Run with {@code bench/year};
 * {@code BENCH_YEAR_STORE=DIR} measures the store already in DIR (a {@code year} directory of
 * an earlier run) instead of writing one, and {@code BENCH_SERVER_JVM} adds server options ({@code {run}} in them is
 * the run's name: {@code gc-year} or {@code gc-fresh}).
 */
public final class YearLoad {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final int COUNTERS = 20;
    private static final int CYCLING = 6;

    private YearLoad() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 15;
        Path dir = Files.createTempDirectory("hallqueue-year");
        Path config = Files.writeString(dir.resolve("hall.yaml"), hallWithManager());
        LocalDate today = LocalDate.now(ZONE);
        String kept = System.getenv("BENCH_YEAR_STORE");
        Path year = kept == null ? dir.resolve("year") : Path.of(kept);
        if (kept == null) {
            fill(year, today.minusDays(days), today, perDay);
        }
        System.out.println(withYear(year, config, dir.resolve("gc-year.log"), today.minusDays(days),
                today.minusDays(1), seconds));
        System.out.println(fresh(dir.resolve("fresh"), config, dir.resolve("gc-fresh.log"), seconds));
        System.out.println("files in " + dir + " (delete when done)");
    }

    private static void fill(Path data, LocalDate from, LocalDate to, int perDay) throws Exception {
        long t0 = System.nanoTime();
        Files.createDirectories(data);
        // The same file the server opens, with its journal, which is started afresh as it grows.
        try (HallStore store = HallStore.open("jdbc:h2:" + data.toAbsolutePath().resolve("hallqueue"))) {
            new YearOfHall(perDay).fill(store, from, to);
        }
        System.out.printf("filled %s to %s, %d tickets a day: %.0f s, H2 file %.2f GB%n", from, to.minusDays(1), perDay,
                (System.nanoTime() - t0) / 1e9, Files.size(data.resolve("hallqueue.mv.db")) / 1e9);
    }

    private static String withYear(Path data, Path config, Path gcLog, LocalDate from, LocalDate to, double seconds)
            throws Exception {
        StringBuilder out = new StringBuilder();
        long t0 = System.nanoTime();
        try (ServerProcess server = start(data, config, gcLog)) {
            int port = server.port();
            out.append(String.format("server started on the year's store in %.1f s%n", (System.nanoTime() - t0) / 1e9));
            String manager = login(port);
            String range = "from=" + from + "&to=" + to;
            out.append(timed(port, manager, "/api/v1/stats?" + range + "&by=service", gcLog, "yearly report by service (JSON)"));
            out.append(timed(port, manager, "/api/v1/stats?" + range + "&by=counter", gcLog, "yearly report by counter (JSON)"));
            out.append(timed(port, manager, "/api/v1/stats?" + range + "&by=service&format=xlsx", gcLog,
                    "yearly Excel export, report and every ticket"));
            out.append(load(port, seconds, "year in the store"));
            out.append(String.format("heap peak over the whole run (GC log): %d MB%n", peakMb(gcLog, 0)));
            server.terminate();
        }
        return out.toString();
    }

    private static String fresh(Path data, Path config, Path gcLog, double seconds) throws Exception {
        try (ServerProcess server = start(data, config, gcLog)) {
            String out = load(server.port(), seconds, "fresh store");
            server.terminate();
            return out;
        }
    }

    private static ServerProcess start(Path data, Path config, Path gcLog) {
        // "{run}" in BENCH_SERVER_JVM becomes the run's name, so each server keeps its own recording.
        String run = gcLog.getFileName().toString().replace(".log", "");
        List<String> jvm = new java.util.ArrayList<>(HallLoad.serverJvm().stream().map(o -> o.replace("{run}", run))
                .toList());
        jvm.add("-Xlog:gc:file=" + gcLog);
        return ServerProcess.startWith(jvm, data, "--config", config.toString());
    }

    /** Tickets from 8 kiosks for {@code seconds}, then call + finish from six counters with them waiting. */
    private static String load(int port, double seconds, String store) throws Exception {
        List<String> tokens = HallSteps.logins(new int[] {port}, COUNTERS);
        String issue = Clients.run(port, seconds, HallSteps.kiosks()).line("  durable ticket issue, 8 kiosks");
        int waiting = HallLoad.waiting(port);
        String cycles = Clients.run(port, seconds, HallSteps.cycles(tokens.subList(0, CYCLING)))
                .line("  call-next + finish, " + CYCLING + " counters, " + waiting + " waiting");
        return store + ":\n" + issue + "\n" + cycles + "\n";
    }

    /** Fetches {@code path}, counting the bytes as they come; the time, size and the server's heap peak meanwhile. */
    private static String timed(int port, String token, String path, Path gcLog, String what) throws Exception {
        long gcBefore = Files.exists(gcLog) ? Files.size(gcLog) : 0;
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream body = r.body()) {
            bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
        }
        double took = (System.nanoTime() - t0) / 1e9;
        double heapNow = HallLoad.heapUsed(port) / 1e6;
        return String.format("%s: status %d, %.1f s, %.1f MB; heap meanwhile at most %d MB before and %d MB after"
                + " a collection (GC log), in use after %.0f MB%n", what, r.statusCode(), took, bytes / 1e6,
                Math.max(peakMb(gcLog, gcBefore, 1), Math.round(heapNow)), peakMb(gcLog, gcBefore, 2), heapNow);
    }

    private static long peakMb(Path gcLog, long from) throws Exception {
        return peakMb(gcLog, from, 1);
    }

    /**
     * The most heap in use before (group 1) or after (group 2: what was still live) any
     * collection logged after byte {@code from} of the GC log.
     */
    private static long peakMb(Path gcLog, long from, int group) throws Exception {
        String log = Files.readString(gcLog);
        Matcher m = GC_PAUSE.matcher(log.substring((int) Math.min(from, log.length())));
        long peak = 0;
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(group)));
        }
        return peak;
    }

    private static String login(int port) throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            String body = http.sendForBody(RawHttp.post("/api/v1/auth/login", null,
                    "{\"badge\":\"9001\",\"password\":\"demo\"}"));
            return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        }
    }

    /** The big test hall, with a manager (9001) who may read its reports. */
    private static String hallWithManager() {
        String hash = PasswordHash.create("demo".toCharArray(), 1000);
        return Halls.bigHallYaml(COUNTERS).replace("devices:\n", "  - {badge: \"9001\", name: 经理, role: MANAGER,"
                + " passwordHash: \"" + hash + "\"}\ndevices:\n");
    }
}
