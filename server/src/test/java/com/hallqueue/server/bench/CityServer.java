package com.hallqueue.server.bench;

import com.hallqueue.server.testing.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One server process of the city, started on the deployment file, with what the operating
 * system and the JVM say about it: how long it took to be ready, its threads, its heap.
 */
final class CityServer implements AutoCloseable {

    private static final Pattern HEAP_INFO = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String name;
    final ServerProcess process;
    final long pid;
    /** From the JVM's launch to "listening", and on to every hall's {@code /health/ready} answering UP. */
    final double listeningSeconds;
    final double readySeconds;
    private double lastCpuSeconds;

    private CityServer(String name, ServerProcess process, long pid, double listeningSeconds, double readySeconds) {
        this.name = name;
        this.process = process;
        this.pid = pid;
        this.listeningSeconds = listeningSeconds;
        this.readySeconds = readySeconds;
    }

    /**
     * Starts a server on {@code deployment} and the database {@code db}, and waits until
     * every one of {@code hallIds} says it can take writes.
     */
    static CityServer start(String name, Path deployment, String db, Path data, List<String> jvm,
                            List<String> hallIds) throws Exception {
        long launched = System.nanoTime();
        ServerProcess process = ServerProcess.startWith(jvm, data, "--deployment", deployment.toString(), "--db", db);
        long listening = System.nanoTime();
        try {
            for (String id : hallIds) {
                awaitReady(process.port(), "/halls/" + id + "/health/ready");
            }
            long ready = System.nanoTime();
            return new CityServer(name, process, pidOf(data), (listening - launched) / 1e9, (ready - launched) / 1e9);
        } catch (Exception | Error e) {
            process.close();
            throw e;
        }
    }

    int port() {
        return process.port();
    }

    /**
     * The pid of this bench's child started on {@code data}: ServerProcess does not tell it,
     * but the data directory is on the child's command line and unique to it. The command line
     * is read from {@code /proc}, as the JVM's own process information leaves out long ones.
     */
    private static long pidOf(Path data) {
        String wanted = "\0--data\0" + data + "\0";
        return ProcessHandle.current().children().mapToLong(ProcessHandle::pid)
                .filter(pid -> commandLine(pid).contains(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no server process runs on " + data));
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // the child has ended
        }
    }

    private static void awaitReady(int port, String path) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(path + " still answers " + status + " after two minutes");
    }

    /** The process's thread count, as the kernel counts it ({@code Threads:} in {@code /proc/<pid>/status}). */
    int threads() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring(8).trim());
            }
        }
        throw new IllegalStateException("no Threads line for " + pid);
    }

    /**
     * CPU time the process has used so far, user and system, from {@code /proc/<pid>/stat}
     * (fields 14 and 15, in clock ticks of 1/100 s, Linux's {@code CLK_TCK} on this machine).
     */
    double cpuSeconds() throws IOException {
        if (!alive()) {
            return lastCpuSeconds; // killed: what it had used when last asked
        }
        lastCpuSeconds = cpuSecondsOf(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        return lastCpuSeconds;
    }

    /** User and system CPU seconds from the text of a {@code /proc/<pid>/stat}. */
    static double cpuSecondsOf(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** False once the process has ended, killed in the middle of a run, say. */
    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Heap in use as {@code jcmd <pid> GC.heap_info} finds it, garbage included, in bytes. */
    long heapUsed() throws Exception {
        Matcher m = HEAP_INFO.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said nothing of the heap used");
        }
        return Long.parseLong(m.group(2)) * 1024;
    }

    /** Heap in use right after a full collection ({@code jcmd <pid> GC.run}): what the server holds on to. */
    long heapLive() throws Exception {
        jcmd("GC.run");
        return heapUsed();
    }

    /** Every thread's stack ({@code jcmd <pid> Thread.print}), written to {@code file}. */
    void threadDump(Path file) throws Exception {
        Files.writeString(file, jcmd("Thread.print"));
    }

    private String jcmd(String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + out);
        }
        return out;
    }

    /** SIGTERM, and a wait for the exit; {@link #close()} kills what did not stop. */
    void stop() throws InterruptedException {
        process.terminate();
    }

    @Override
    public void close() {
        process.close();
    }
}
