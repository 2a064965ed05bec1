package com.hallqueue.display;

import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.modbus.CallKey;
import com.hallqueue.hardware.testing.Socat;
import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code bench/pads}: from a press of 下一位 on a call pad to the last byte of the counter's
 * strip frame (请A012号到3号窗口), measured from outside the gateway. The demo hall runs in
 * this process; the pads are a j2mod RTU slave behind a relay that paces the bus at the
 * baud under test; the LED line's bytes are replayed on a clock of the same baud. The staffed
 * counters 1–6 have people waiting; a bus of more pads carries the pads of closed counters
 * 7, 8, … as well. Each row presses at random moments at a random staffed counter.
 *
 * <p>Arguments: [PRESSES per row, default 50] [BAUDS, default 9600,19200,38400]
 * [PAD COUNTS, default 1,6,16,32]. Likely-first at every baud, and round-robin at 9600 for
 * comparison. The last line is one JSON object.
 */
public final class PadBench {

    private static final int WARM_UP = 3;
    private static final int BOARD = 20;
    private static final long FRAME_WAIT_NANOS = 10_000_000_000L;
    /** {@code -Dbench.hops=true}: each row's time hop by hop as well. */
    private static final boolean BREAKDOWN = Boolean.getBoolean("bench.hops");

    /**
     * Where one press's time went: from the press until the bus acknowledged it (the pad's
     * turn, its read and the acknowledgement), from then until the call's event reached a
     * listener beside the gateway (the request, the commit with its forced journal write, the
     * stream), and from the event to the strip frame's last byte (the gateway and the LED line);
     * and the frames written to the LED line between the press and the strip (frames written
     * before the press may still be on the paced line too; they are not listed).
     */
    record Hops(long totalNanos, long busNanos, long serverNanos, long ledNanos, String ahead) {
        String line() {
            return String.format("%5.0f = bus %4.0f + server %4.0f + leds %4.0f; on the LED line before the strip: %s",
                    totalNanos / 1e6, busNanos / 1e6, serverNanos / 1e6, ledNanos / 1e6, ahead);
        }
    }

    record Row(int baud, String order, int pads, long[] sortedNanos, int lost, List<Hops> hops) {

        /** The median of each hop, and the slowest presses hop by hop. */
        String breakdown() {
            StringBuilder out = new StringBuilder(String.format("        hops of %d presses (those whose acknowledgement"
                    + " and event were both seen), median: bus %.0f, server %.0f, leds %.0f ms;"
                    + " slowest (total = hops, ms):%n", hops.size(), median(Hops::busNanos), median(Hops::serverNanos),
                    median(Hops::ledNanos)));
            hops.stream().sorted(java.util.Comparator.comparingLong(Hops::totalNanos).reversed()).limit(3)
                    .forEach(h -> out.append("          ").append(h.line()).append(System.lineSeparator()));
            return out.toString().stripTrailing();
        }

        private double median(java.util.function.ToLongFunction<Hops> hop) {
            long[] sorted = hops.stream().mapToLong(hop).sorted().toArray();
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2] / 1e6;
        }

        double ms(double quantile) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(quantile * sortedNanos.length);
            return sortedNanos[Math.max(0, rank - 1)] / 1e6;
        }

        String line() {
            return String.format("%6d  %-12s %5d %8d %8.0f %8.0f %8.0f %8.0f %5d", baud, order, pads, sortedNanos.length,
                    ms(0.5), ms(0.9), ms(0.99), ms(1.0), lost);
        }

        String json() {
            return String.format("{\"pads\":%d,\"p50Ms\":%.0f,\"p90Ms\":%.0f,\"p99Ms\":%.0f,\"maxMs\":%.0f,\"presses\":%d}",
                    pads, ms(0.5), ms(0.9), ms(0.99), ms(1.0), sortedNanos.length);
        }
    }

    private PadBench() {
    }

    public static void main(String[] args) throws Exception {
        int presses = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        List<Integer> bauds = numbers(args.length > 1 ? args[1] : "9600,19200,38400");
        List<Integer> padCounts = numbers(args.length > 2 ? args[2] : "1,6,16,32");
        measure(bauds.get(0), Math.min(6, padCounts.get(padCounts.size() - 1)), "likely-first", 40); // warms the JVM
        System.out.println("  baud  order         pads  presses   p50 ms   p90 ms   p99 ms   max ms  lost");
        List<Row> rows = new ArrayList<>();
        for (int baud : bauds) {
            for (int pads : padCounts) {
                rows.add(printed(measure(baud, pads, "likely-first", presses)));
            }
        }
        if (bauds.contains(9600)) {
            for (int pads : padCounts) {
                if (pads > 1) {
                    rows.add(printed(measure(9600, pads, "round-robin", presses)));
                }
            }
        }
        System.out.println(json(rows, bauds.get(0)));
        System.exit(0);
    }

    private static Row printed(Row row) {
        System.out.println(row.line());
        if (BREAKDOWN) {
            System.out.println(row.breakdown());
        }
        System.out.flush();
        return row;
    }

    private static List<Integer> numbers(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt).toList();
    }

    /** The first baud's likely-first rows; every other set of rows under "more". */
    private static String json(List<Row> rows, int firstBaud) {
        Map<String, List<Row>> sets = new java.util.LinkedHashMap<>();
        rows.forEach(r -> sets.computeIfAbsent(r.baud() + " " + r.order(), k -> new ArrayList<>()).add(r));
        String main = firstBaud + " likely-first";
        String more = sets.entrySet().stream().filter(e -> !e.getKey().equals(main))
                .map(e -> set(e.getValue())).collect(Collectors.joining(","));
        List<Row> first = sets.getOrDefault(main, List.of());
        return "{\"baud\":" + firstBaud + ",\"order\":\"likely-first\",\"rows\":" + rowsJson(first)
                + ",\"more\":[" + more + "]}";
    }

    private static String set(List<Row> rows) {
        return "{\"baud\":" + rows.get(0).baud() + ",\"order\":\"" + rows.get(0).order() + "\",\"rows\":" + rowsJson(rows) + "}";
    }

    private static String rowsJson(List<Row> rows) {
        return rows.stream().map(Row::json).collect(Collectors.joining(",", "[", "]"));
    }

    static Row measure(int baud, int padCount, String order, int presses) throws Exception {
        Path dir = Files.createTempDirectory("pads-bench");
        try (RunningHall hall = RunningHall.demo();
             Socat busNear = Socat.ptyPair(Files.createDirectories(dir.resolve("bus-gateway")));
             Socat busFar = Socat.ptyPair(Files.createDirectories(dir.resolve("bus-pads")));
             Socat led = Socat.ptyPair(Files.createDirectories(dir.resolve("led")));
             BenchPads pads = BenchPads.on(busFar.endB, baud, padCount);
             PacedRelay relay = new PacedRelay(serial(busNear.endB, baud), serial(busFar.endA, baud), baud);
             PacedLedTap tap = new PacedLedTap(serial(led.endB, baud), baud)) {
            int staffed = Math.min(padCount, 6);
            Map<Integer, Counter> counters = staff(hall, staffed);
            issue(hall, "A", 60);
            issue(hall, "B", 25);
            issue(hall, "C", 25);
            Map<Integer, Long> calledAt = new java.util.concurrent.ConcurrentHashMap<>();
            try (Gateway gateway = gateway(hall, config(busNear, led, baud, padCount, order), dir);
                 com.hallqueue.client.EventFollower calls = callsHeard(hall, calledAt)) {
                gateway.start();
                calls.start();
                awaitStrips(tap, staffed);
                Thread.sleep(2_000);
                Row row = presses(new Random(baud * 1000L + padCount), new Probes(tap, pads, calledAt), counters, baud,
                        padCount, order, presses);
                if (BREAKDOWN) {
                    System.out.println("        " + gateway.busCounters());
                }
                return row;
            }
        }
    }

    /** Notes when each counter's latest ticket.called reached a listener of its own beside the gateway. */
    private static com.hallqueue.client.EventFollower callsHeard(RunningHall hall, Map<Integer, Long> calledAt) {
        return new com.hallqueue.client.EventFollower(new HallClient(URI.create("http://127.0.0.1:" + hall.port() + "/"),
                "demo-display"), m -> {
                    if (m.path("type").asText().equals("ticket.called")) {
                        calledAt.put(m.path("ticket").path("counter").asInt(), System.nanoTime());
                    }
                });
    }

    /** What the bench watches: the strips, the pads' acknowledgements and the calls on the stream. */
    private record Probes(PacedLedTap tap, BenchPads pads, Map<Integer, Long> calledAt) {
    }

    private static com.hallqueue.hardware.link.DeviceLink serial(Path port, int baud) throws Exception {
        return Links.serial(port.toString(), SerialSettings.DEFAULT.withBaud(baud));
    }

    private static Map<Integer, Counter> staff(RunningHall hall, int staffed) {
        Map<Integer, Counter> counters = new HashMap<>();
        IntStream.rangeClosed(1, staffed).forEach(n -> counters.put(n, Counter.open(hall, n, "100" + n)));
        return counters;
    }

    private static void issue(RunningHall hall, String service, int tickets) {
        for (int i = 0; i < tickets; i++) {
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}");
        }
    }

    private static GatewayConfig config(Socat bus, Socat led, int baud, int padCount, String order) {
        List<GatewayConfig.Strip> strips = IntStream.rangeClosed(1, 6)
                .mapToObj(n -> new GatewayConfig.Strip(n, n, "onbon", 128, 16)).toList();
        List<GatewayConfig.PadSet> padSets = IntStream.rangeClosed(1, padCount)
                .mapToObj(n -> new GatewayConfig.PadSet(n, n, null, null, null)).toList();
        return new GatewayConfig(new GatewayConfig.Line(led.endA.toString(), baud), strips,
                new GatewayConfig.Board(BOARD, "onbon", 256, 32, 4),
                new GatewayConfig.Pads(new GatewayConfig.Line(bus.endA.toString(), baud), padSets, 200, 0, order),
                new GatewayConfig.Voice(null, "zh", false));
    }

    private static Gateway gateway(RunningHall hall, GatewayConfig config, Path dir) throws Exception {
        return new Gateway(new HallClient(URI.create("http://127.0.0.1:" + hall.port() + "/"), "demo-gateway"),
                config, new RecordingSpeaker(), dir.resolve("state"));
    }

    private static void awaitStrips(PacedLedTap tap, int staffed) throws InterruptedException {
        for (int n = 1; n <= staffed; n++) {
            if (awaitFrame(tap, 0, n, text -> true) == null) {
                throw new IllegalStateException("strip " + n + " never drawn");
            }
        }
    }

    /** Presses 下一位 at random moments at random staffed counters; each counter is finished before its next call. */
    private static Row presses(Random random, Probes probes, Map<Integer, Counter> counters,
            int baud, int padCount, String order, int presses) throws InterruptedException {
        PacedLedTap tap = probes.tap();
        Map<Integer, Integer> seq = new HashMap<>();
        Set<Integer> holding = new HashSet<>();
        List<Long> latencies = new ArrayList<>();
        List<Hops> hops = new ArrayList<>();
        int lost = 0;
        for (int i = 0; i < presses + WARM_UP; i++) {
            int counter = 1 + random.nextInt(counters.size());
            if (holding.remove(counter)) {
                int mark = tap.count();
                counters.get(counter).finish();
                awaitFrame(tap, mark, counter, text -> !text.contains("请"));
            }
            Thread.sleep(random.nextInt(400));
            int mark = tap.count();
            probes.calledAt().remove(counter);
            long pressed = System.nanoTime();
            int press = seq.merge(counter, 1, Integer::sum);
            probes.pads().press(counter, CallKey.CALL_NEXT, press);
            PacedLedTap.Frame strip = awaitFrame(tap, mark, counter, text -> text.contains("请"));
            if (strip == null) {
                lost++;
                continue;
            }
            holding.add(counter);
            if (i >= WARM_UP) {
                latencies.add(strip.arrivedNanos() - pressed);
                hops(probes, counter, press, pressed, strip.arrivedNanos(), ahead(tap, mark, strip))
                        .ifPresent(hops::add);
            }
        }
        return new Row(baud, order, padCount, latencies.stream().mapToLong(Long::longValue).sorted().toArray(), lost, hops);
    }

    /** The frames between {@code mark} and the strip, as "address:text" (a board shows its calls). */
    private static String ahead(PacedLedTap tap, int mark, PacedLedTap.Frame strip) {
        List<String> out = new ArrayList<>();
        for (PacedLedTap.Frame f : tap.since(mark)) {
            if (f == strip) {
                break;
            }
            out.add(f.address() + ":" + f.text());
        }
        return out.isEmpty() ? "nothing" : String.join(" | ", out);
    }

    private static java.util.Optional<Hops> hops(Probes probes, int counter, int press, long pressed, long lit,
            String ahead) throws InterruptedException {
        Long acked = probes.pads().acknowledgedAt(counter, press);
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (probes.calledAt().get(counter) == null && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Long called = probes.calledAt().get(counter);
        if (acked == null || called == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Hops(lit - pressed, acked - pressed, called - acked, lit - called, ahead));
    }

    private static PacedLedTap.Frame awaitFrame(PacedLedTap tap, int from, int address, Predicate<String> text)
            throws InterruptedException {
        long deadline = System.nanoTime() + FRAME_WAIT_NANOS;
        while (System.nanoTime() < deadline) {
            PacedLedTap.Frame f = tap.find(from, address, text);
            if (f != null) {
                return f;
            }
            Thread.sleep(2);
        }
        return null;
    }
}
