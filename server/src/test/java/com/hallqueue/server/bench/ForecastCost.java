package com.hallqueue.server.bench;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.forecast.ForwardForecast;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.simulate.VirtualClock;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * What the forecast costs the hall's single writer per issued ticket, with 100, 1,000 and
 * 10,000 waiting: the customs Monday hall (eight counters, A / B+A / B / C alone), every
 * counter busy, on a virtual clock moved two seconds between tickets so that every ticket
 * runs the forecast's futures afresh (it keeps them for one second). Each figure is beside
 * the same engine with the plain forecast (people ahead × norm), which is the rest of the
 * issue's work. No store: this is the writer's computing, not the disk.
 *
 * <p>usage: ForecastCost [TICKETS_MEASURED]   (default 300 after as many to warm up)
 */
public final class ForecastCost {

    private static final String HALL = """
            hall: {name: 海关业务大厅, timeZone: UTC}
            services:
              - {code: A, name: 综合业务, handleMinutes: 7}
              - {code: B, name: 报关业务, handleMinutes: 14}
              - {code: C, name: 查验业务, handleMinutes: 22}
            counters:
              - {number: 1, services: [A], breaks: [["11:30", "12:15"]]}
              - {number: 2, services: [A], breaks: [["12:15", "13:15"]]}
              - {number: 3, services: [B, A], breaks: [["11:45", "12:35"]]}
              - {number: 4, services: [B, A], breaks: [["12:30", "13:30"]]}
              - {number: 5, services: [B], breaks: [["11:30", "12:20"]]}
              - {number: 6, services: [B], breaks: [["12:20", "13:10"]]}
              - {number: 7, services: [B], opens: "09:30", breaks: [["13:00", "13:45"]]}
              - {number: 8, services: [C], breaks: [["12:00", "12:50"]]}
            hours: {week: {daily: {open: "08:30", lastTicket: "16:30", close: "17:00"}}}
            priority: {maxConsecutive: 3}
            """;

    private ForecastCost() {
    }

    public static void main(String[] args) {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        HallConfig config = new HallConfigLoader().parse(HALL, "customs Monday hall");
        System.out.printf("load average at start: %.2f (%d cores)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| waiting | forecast: CPU per ticket, mean | p90 | wall p50 | plain forecast: CPU mean |");
        System.out.println("|---|---|---|---|---|");
        for (int waiting : new int[] {100, 1_000, 10_000}) {
            long[][] ours = run(config, waiting, measured, true);
            long[][] plain = run(config, waiting, measured, false);
            System.out.printf("| %,d | %.2f ms | %.2f ms | %.2f ms | %.3f ms |%n", waiting, mean(ours[1]), ms(ours[1], 0.9),
                    ms(ours[0], 0.5), mean(plain[1]));
        }
        System.out.printf("load average at end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * Nanoseconds per issue, wall and the writer thread's own CPU (the machine is shared, so
     * the CPU time is the steadier figure), the line kept at {@code waiting}: each measured
     * ticket is balanced by a call.
     */
    private static long[][] run(HallConfig config, int waiting, int measured, boolean forward) {
        VirtualClock clock = VirtualClock.at("2026-01-05T10:00:00Z");
        QueueEngine engine = forward
                ? new QueueEngine(config, clock, TicketIds.seeded(1), HallRecord.empty(), new ForwardForecast(config))
                : new QueueEngine(config, clock, TicketIds.seeded(1), HallRecord.empty());
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 1; n <= 8; n++) {
            engine.open(n, new StaffRef("S" + n, "员工" + n));
        }
        for (int i = 0; i < waiting + 8; i++) {
            issue(engine, random);
            if (i % 500 == 0) {
                engine.drainEvents();
            }
        }
        boolean[] serving = new boolean[9];
        for (int n = 1; n <= 8; n++) {
            serving[n] = serveNext(engine, n);
        }
        engine.drainEvents();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[measured];
        long[] cpu = new long[measured];
        for (int i = -measured; i < measured; i++) {
            clock.advance(Duration.ofSeconds(2));
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            issue(engine, random);
            long tookCpu = threads.getCurrentThreadCpuTime() - cpuStart;
            long took = System.nanoTime() - start;
            if (i >= 0) {
                nanos[i] = took;
                cpu[i] = tookCpu;
            }
            // one counter finishes and calls the next, so the line stays as long
            int counter = 1 + (i + measured) % 8;
            if (serving[counter]) {
                engine.finish(counter, "S" + counter);
            }
            serving[counter] = serveNext(engine, counter);
            engine.drainEvents();
        }
        return new long[][] {nanos, cpu};
    }

    private static double mean(long[] nanos) {
        return java.util.Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    private static boolean serveNext(QueueEngine engine, int counter) {
        boolean called = engine.callNext(counter, "S" + counter).isPresent();
        if (called) {
            engine.start(counter, "S" + counter);
        }
        return called;
    }

    private static void issue(QueueEngine engine, SplittableRandom random) {
        double x = random.nextDouble();
        String service = x < 0.54 ? "A" : x < 0.915 ? "B" : "C";
        engine.issue(service, random.nextDouble() < 0.05, "K1");
    }

    private static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[(int) (quantile * (sorted.length - 1))] / 1e6;
    }
}
