package com.hallqueue.server.bench;

import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One hall served by three server processes on one PostgreSQL database, against the same
 * hall on one server with its embedded H2 and on one server with PostgreSQL: durable ticket issue from 8 kiosks and call +
 * finish cycles from 20 counters, both spread over the servers, and the delay from a call
 * to its event at screens connected to every server. Run with {@code bench/central}.
 */
public final class CentralLoad {

    private static final int COUNTERS = 20;
    private static final int SCREENS = 300;

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
            List<String> tokens = HallSteps.logins(ports, COUNTERS);
            HallSteps.issue(ports[0], 2000, 1);
            Clients.run(ports, 5, HallSteps.cycles(tokens));
            System.out.println(Clients.run(ports, seconds, HallSteps.kiosks()).line("durable ticket issue, 8 kiosks"));
            System.out.println(Clients.run(ports, seconds, HallSteps.cycles(tokens))
                    .line("call-next + finish, " + COUNTERS + " counters"));
            HallSteps.issue(ports[0], 200, 1);
            System.out.println(screens(all, tokens.get(0)));
        } finally {
            for (ServerProcess s : servers) {
                s.terminate(); // SIGTERM, so a flight recording asked for in BENCH_SERVER_JVM is written
            }
        }
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
        HallSteps.calls(ports[0], token, 30);
        ScreenWatch.Calls measured = HallSteps.calls(ports[0], token, 100);
        Thread.sleep(2000);
        watch.close();
        return new Latencies(watch.delays(measured), 1).line("call → event at each of " + SCREENS + " screens on "
                + ports.length + " server(s)").replaceAll(", [0-9]+/s", "") + " (expected " + 100 * SCREENS + ")";
    }



}
