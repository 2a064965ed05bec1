package com.hallqueue.server.metrics;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;

/**
 * The process beside the hall's figures, from the JDK's own management beans, under the
 * names Prometheus's JVM client uses (so its usual dashboards and alerts fit): memory by area
 * and pool, garbage collections and their time, threads, open and allowed file descriptors,
 * CPU time and the start time.
 */
final class JvmMetrics {

    private JvmMetrics() {
    }

    static void render(StringBuilder out) {
        memory(out);
        collections(out);
        threads(out);
        process(out);
    }

    private static void memory(StringBuilder out) {
        var bean = ManagementFactory.getMemoryMXBean();
        header(out, "jvm_memory_bytes_used", "gauge", "Memory in use by area.");
        area(out, "jvm_memory_bytes_used", "heap", bean.getHeapMemoryUsage().getUsed());
        area(out, "jvm_memory_bytes_used", "nonheap", bean.getNonHeapMemoryUsage().getUsed());
        header(out, "jvm_memory_bytes_max", "gauge", "Most memory an area may use (-1: no limit).");
        area(out, "jvm_memory_bytes_max", "heap", bean.getHeapMemoryUsage().getMax());
        area(out, "jvm_memory_bytes_max", "nonheap", bean.getNonHeapMemoryUsage().getMax());
        header(out, "jvm_memory_pool_bytes_used", "gauge", "Memory in use by pool.");
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pool.getUsage();
            if (u != null) {
                sample(out, "jvm_memory_pool_bytes_used", "pool", pool.getName(), u.getUsed());
            }
        }
    }

    private static void area(StringBuilder out, String name, String area, long value) {
        sample(out, name, "area", area, value);
    }

    private static void collections(StringBuilder out) {
        header(out, "jvm_gc_collection_seconds", "summary", "Time spent in garbage collections, by collector.");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            out.append("jvm_gc_collection_seconds_count{gc=\"").append(label(gc.getName())).append("\"} ")
                    .append(Math.max(0, gc.getCollectionCount())).append('\n');
            out.append("jvm_gc_collection_seconds_sum{gc=\"").append(label(gc.getName())).append("\"} ")
                    .append(Math.max(0, gc.getCollectionTime()) / 1000.0).append('\n');
        }
    }

    private static void threads(StringBuilder out) {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        gauge(out, "jvm_threads_current", "Live threads.", t.getThreadCount());
        gauge(out, "jvm_threads_daemon", "Live daemon threads.", t.getDaemonThreadCount());
        gauge(out, "jvm_threads_peak", "Most live threads since start.", t.getPeakThreadCount());
        long[] deadlocked = t.findDeadlockedThreads();
        gauge(out, "jvm_threads_deadlocked", "Threads in a deadlock.", deadlocked == null ? 0 : deadlocked.length);
    }

    private static void process(StringBuilder out) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            gauge(out, "process_open_fds", "Open file descriptors.", unix.getOpenFileDescriptorCount());
            gauge(out, "process_max_fds", "Most file descriptors the process may open.",
                    unix.getMaxFileDescriptorCount());
        }
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            header(out, "process_cpu_seconds_total", "counter", "CPU time used by the process.");
            out.append("process_cpu_seconds_total ").append(sun.getProcessCpuTime() / 1e9).append('\n');
        }
        header(out, "process_start_time_seconds", "gauge", "When the process started, in seconds since 1970.");
        out.append("process_start_time_seconds ")
                .append(ManagementFactory.getRuntimeMXBean().getStartTime() / 1000.0).append('\n');
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        header(out, name, "gauge", help);
        out.append(name).append(' ').append(value).append('\n');
    }

    private static void sample(StringBuilder out, String name, String label, String value, long n) {
        out.append(name).append('{').append(label).append("=\"").append(label(value)).append("\"} ").append(n)
                .append('\n');
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** A label value as the text format needs it: backslash, quote and newline escaped. */
    private static String label(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
