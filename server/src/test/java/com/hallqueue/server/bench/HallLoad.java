package com.hallqueue.server.bench;

import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * The hall under load, measured over loopback against the real server process started with
 * a 256 MB heap limit: durable ticket issue from 8 kiosks; call-next cost with a short and a
 * very long queue; call + finish cycles from 20 counters; the delay from a call to its
 * event at each of 500 connected screens; the heap in use. Run with {@code bench/load}.
 */
public final class HallLoad {

    private static final int COUNTERS = 20;
    private static final int SCREENS = 500;

    private HallLoad() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        double seconds = options.stream().filter(a -> !a.startsWith("--")).findFirst().map(Double::parseDouble).orElse(15.0);
        Path dir = Files.createTempDirectory("hallqueue-bench");
        Path config = Files.writeString(dir.resolve("hall.yaml"), Halls.bigHallYaml(COUNTERS));
        try (ServerProcess server = ServerProcess.startWith(serverJvm(), dir.resolve("data"),
                "--config", config.toString())) {
            int port = server.port();
            List<String> tokens = HallSteps.logins(new int[] {port}, COUNTERS);
            if (options.contains("--screens")) {
                HallSteps.issue(port, 2000, 1);
                cycles(port, tokens, 5);
                HallSteps.issue(port, 1000, 1);
                System.out.println(screens(port, tokens.get(0)));
            } else {
                allPhases(port, tokens, seconds);
            }
            // a clean stop, so that a flight recording of the server is written out
            server.terminate();
        }
    }

    private static void allPhases(int port, List<String> tokens, double seconds) throws Exception {
        HallSteps.issue(port, 2000, 1);
        cycles(port, tokens, 5);
        HallSteps.issue(port, 200, 1);
        System.out.println(cycles(port, tokens.subList(0, 1), 3).line("call-next + finish, 200 waiting, 1 counter"));
        System.out.println(Clients.run(port, seconds, HallSteps.kiosks()).line("durable ticket issue, 8 kiosks"));
        System.out.println(cycles(port, tokens.subList(0, 1), 3).line("call-next + finish, "
                + waiting(port) + " waiting, 1 counter"));
        System.out.println(cycles(port, tokens, seconds).line("call-next + finish, " + COUNTERS + " counters"));
        HallSteps.issue(port, 300, 1);
        System.out.println(screens(port, tokens.get(0)));
        System.out.printf("heap in use at the end: %.0f MB (limit 256 MB)%n", heapUsed(port) / 1e6);
    }

    /** The server's heap limit, and any options given in BENCH_SERVER_JVM (a flight recording, say). */
    static List<String> serverJvm() {
        List<String> jvm = new ArrayList<>(List.of("-Xmx256m"));
        String extra = System.getenv("BENCH_SERVER_JVM");
        if (extra != null && !extra.isBlank()) {
            jvm.addAll(List.of(extra.trim().split("\\s+")));
        }
        return jvm;
    }


    private static Latencies cycles(int port, List<String> tokens, double seconds) throws Exception {
        return Clients.run(port, seconds, HallSteps.cycles(tokens));
    }

    /**
     * 500 screens watch while counter 1 makes 200 calls, one every 20 ms, after 50 calls of
     * warm-up (reported apart, not counted): the first calls also compile the screens' path.
     */
    private static String screens(int port, String token) throws Exception {
        ScreenWatch watch = new ScreenWatch();
        watch.connect(port, "display-token-1", SCREENS);
        Thread.sleep(2000);
        ScreenWatch.Calls warmUp = HallSteps.calls(port, token, 50);
        ScreenWatch.Calls measured = HallSteps.calls(port, token, 200);
        Thread.sleep(2000);
        watch.close();
        return new Latencies(watch.delays(measured), 1).line("call → event at each of " + SCREENS + " screens (deliveries)")
                .replaceAll(", [0-9]+/s", "") + " (expected " + 200 * SCREENS + ")"
                + "\n  of which: " + new Latencies(measured.answered(), 1).brief("call-next answered")
                + "; " + new Latencies(watch.firstScreens(measured), 1).brief("first screen of a call")
                + "; " + new Latencies(watch.lastScreens(measured), 1).brief("last screen of a call")
                + "\n  warm-up, not counted above: " + new Latencies(watch.delays(warmUp), 1).brief(
                        warmUp.size() + " calls, deliveries")
                + "; all " + (warmUp.size() + measured.size()) + " calls counted: " + new Latencies(
                        LongStream.concat(LongStream.of(watch.delays(warmUp)), LongStream.of(watch.delays(measured)))
                                .toArray(), 1).brief("deliveries");
    }



    static int waiting(int port) throws Exception {
        String body = get(port, "/api/v1/queue");
        Matcher m = Pattern.compile("\"waiting\":(\\d+)").matcher(body);
        int n = 0;
        while (m.find()) {
            n += Integer.parseInt(m.group(1));
        }
        return n;
    }

    static double heapUsed(int port) throws Exception {
        Matcher m = Pattern.compile("hallqueue_heap_used_bytes (\\d+)").matcher(get(port, "/metrics"));
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static String get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

}
