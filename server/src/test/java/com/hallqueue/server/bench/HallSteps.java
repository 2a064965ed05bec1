package com.hallqueue.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load generators do at the hall, on the big test hall ({@code Halls.bigHallYaml}):
 * staff logging in, kiosks issuing, counters cycling, counter 1 calling while screens watch.
 */
final class HallSteps {

    private static final Pattern TICKET_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private HallSteps() {
    }

    /** Staff 1001… log in and open counters 1…{@code counters}, counter n at {@code ports[(n - 1) % ports.length]}. */
    static List<String> logins(int[] ports, int counters) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int n = 1; n <= counters; n++) {
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

    /** Eight kiosks, each issuing A tickets as fast as it is answered. */
    static List<Clients.Step> kiosks() {
        List<Clients.Step> steps = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            byte[] req = RawHttp.post("/api/v1/tickets", "kiosk-token-" + k, "{\"service\":\"A\"}");
            steps.add(http -> expect(201, http.send(req)));
        }
        return steps;
    }

    /** Counter {@code i + 1}, with token {@code i}, finishes its ticket and calls the next, over and over. */
    static List<Clients.Step> cycles(List<String> tokens) {
        List<Clients.Step> steps = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            byte[] call = RawHttp.post("/api/v1/counters/" + (i + 1) + "/call-next", tokens.get(i), "");
            byte[] finish = RawHttp.post("/api/v1/counters/" + (i + 1) + "/finish", tokens.get(i), "");
            steps.add(http -> {
                http.send(finish);
                return http.send(call) == 200;
            });
        }
        return steps;
    }

    /** Counter 1 calls {@code n} tickets, one every 20 ms, each finished before the next. */
    static ScreenWatch.Calls calls(int port, String token, int n) throws Exception {
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

    /** {@code tickets} A tickets from kiosk {@code kiosk}, one after the other. */
    static void issue(int port, int tickets, int kiosk) throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            byte[] req = RawHttp.post("/api/v1/tickets", "kiosk-token-" + kiosk, "{\"service\":\"A\"}");
            for (int i = 0; i < tickets; i++) {
                expect(201, http.send(req));
            }
        }
    }

    static boolean expect(int status, int got) {
        if (got != status) {
            throw new IllegalStateException("expected " + status + ", got " + got);
        }
        return true;
    }
}
