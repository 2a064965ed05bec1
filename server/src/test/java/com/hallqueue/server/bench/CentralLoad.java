package com.hallqueue.server.bench;

import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hall served by three server processes on one PostgreSQL database, against the same
 * hall on one server with its embedded H2 and on one server with PostgreSQL: durable ticket issue from 8 kiosks and call +
 * finish cycles from 20 counters, both spread over the servers, and the delay from a call
 * to its event at screens connected to every server. Run with {@code bench/central}.
 */
public final class CentralLoad {

    private static final int COUNTERS = 20;
    private static final int SCREENS = 300;
    private static final Pattern TICKET_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private CentralLoad() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 15;
        List<String> setups = args.length > 1 ? List.of(args[1].split(",")) : List.of("h2", "pg1", "pg3", "pg3-one");
        if (setups.contains("h2")) {
            System.out.println("== one server, embedded H2");
            run(1, null, seconds);
        }
        if (setups.contains("pg1")) {
            System.out.println("== one server, PostgreSQL");
            run(1, Postgres.freshSchema(), seconds);
        }
        if (setups.contains("pg3")) {
            System.out.println("== three servers, one PostgreSQL database, clients spread over all three");
            run(3, Postgres.freshSchema(), seconds);
        }
        if (setups.contains("pg3-one")) {
            System.out.println("== three servers, one PostgreSQL database, every client at the first"
                    + " (the others follow and stand by)");
            run(3, Postgres.freshSchema(), seconds, 1);
        }
    }

    private static void run(int count, String db, double seconds) throws Exception {
        run(count, db, seconds, count);
    }

    /** {@code count} servers, of which the first {@code used} take the clients; screens watch on all. */
    private static void run(int count, String db, double seconds, int used) throws Exception {
        Path dir = Files.createTempDirectory("hallqueue-central");
        Path config = Files.writeString(dir.resolve("hall.yaml"), Halls.bigHallYaml(COUNTERS));
        List<ServerProcess> servers = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                List<String> args = new ArrayList<>(List.of("--config", config.toString()));
                if (db != null) {
                    args.addAll(List.of("--db", db));
                }
                servers.add(ServerProcess.startWith(HallLoad.serverJvm(), dir.resolve("data-" + i),
                        args.toArray(String[]::new)));
            }
            int[] all = servers.stream().mapToInt(ServerProcess::port).toArray();
            int[] ports = java.util.Arrays.copyOf(all, used);
            List<String> tokens = logins(ports);
            issue(ports[0], 2000);
            cycles(ports, tokens, 5);
            System.out.println(Clients.run(ports, seconds, kiosks()).line("durable ticket issue, 8 kiosks"));
            System.out.println(cycles(ports, tokens, seconds).line("call-next + finish, " + COUNTERS + " counters"));
            issue(ports[0], 200);
            System.out.println(screens(all, tokens.get(0)));
        } finally {
            for (ServerProcess s : servers) {
                s.terminate(); // SIGTERM, so a flight recording asked for in BENCH_SERVER_JVM is written
            }
        }
    }

    private static List<Clients.Step> kiosks() {
        List<Clients.Step> steps = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            byte[] req = RawHttp.post("/api/v1/tickets", "kiosk-token-" + k, "{\"service\":\"A\"}");
            steps.add(http -> expect(201, http.send(req)));
        }
        return steps;
    }

    /** Counter {@code i + 1} works at server {@code i % servers}, as the token list is ordered. */
    private static Latencies cycles(int[] ports, List<String> tokens, double seconds) throws Exception {
        List<Clients.Step> steps = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            byte[] call = RawHttp.post("/api/v1/counters/" + (i + 1) + "/call-next", tokens.get(i), "");
            byte[] finish = RawHttp.post("/api/v1/counters/" + (i + 1) + "/finish", tokens.get(i), "");
            steps.add(http -> {
                http.send(finish);
                return http.send(call) == 200;
            });
        }
        return Clients.run(ports, seconds, steps);
    }

    /**
     * Screens spread over every server while counter 1, at the first, makes 100 calls 20 ms
     * apart, after 30 calls of warm-up that are not counted.
     */
    private static String screens(int[] ports, String token) throws Exception {
        ScreenWatch watch = new ScreenWatch();
        for (int port : ports) {
            watch.connect(port, "display-token-1", SCREENS / ports.length);
        }
        Thread.sleep(2000);
        calls(ports[0], token, 30);
        ScreenWatch.Calls measured = calls(ports[0], token, 100);
        Thread.sleep(2000);
        watch.close();
        return new Latencies(watch.delays(measured), 1).line("call → event at each of " + SCREENS + " screens on "
                + ports.length + " server(s)").replaceAll(", [0-9]+/s", "") + " (expected " + 100 * SCREENS + ")";
    }

    /** Counter 1 calls {@code n} tickets, one every 20 ms, each finished before the next. */
    private static ScreenWatch.Calls calls(int port, String token, int n) throws Exception {
        byte[] call = RawHttp.post("/api/v1/counters/1/call-next", token, "");
        byte[] finish = RawHttp.post("/api/v1/counters/1/finish", token, "");
        ScreenWatch.Calls calls = new ScreenWatch.Calls();
        try (RawHttp http = new RawHttp(port)) {
            http.send(finish);
            for (int i = 0; i < n; i++) {
                long sent = System.nanoTime();
                String body = http.sendForBody(call);
                long answered = System.nanoTime();
                Matcher m = TICKET_ID.matcher(body);
                if (m.find()) {
                    calls.add(m.group(1), sent, answered);
                }
                http.send(finish);
                Thread.sleep(20);
            }
        }
        return calls;
    }

    private static List<String> logins(int[] ports) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int n = 1; n <= COUNTERS; n++) {
            try (RawHttp http = new RawHttp(ports[(n - 1) % ports.length])) {
                String body = http.sendForBody(RawHttp.post("/api/v1/auth/login", null,
                        "{\"badge\":\"" + (1000 + n) + "\",\"password\":\"demo\"}"));
                String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
                expect(200, http.send(RawHttp.post("/api/v1/counters/" + n + "/open", token, "")));
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static void issue(int port, int tickets) throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            byte[] req = RawHttp.post("/api/v1/tickets", "kiosk-token-1", "{\"service\":\"A\"}");
            for (int i = 0; i < tickets; i++) {
                expect(201, http.send(req));
            }
        }
    }

    private static boolean expect(int status, int got) {
        if (got != status) {
            throw new IllegalStateException("expected " + status + ", got " + got);
        }
        return true;
    }
}
