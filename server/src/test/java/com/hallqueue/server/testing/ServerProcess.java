package com.hallqueue.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hall server as a separate operating-system process, started the way the launcher does. */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * {@code n} servers started at once, each on its own data directory under {@code data}
     * ({@code server-0}, …) and with the same {@code extra} arguments: on one new database
     * they migrate it and add its counters together.
     */
    public static List<ServerProcess> startTogether(Path data, int n, String... extra) throws Exception {
        java.util.concurrent.ExecutorService starting = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            List<java.util.concurrent.Future<ServerProcess>> started = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                Path dir = data.resolve("server-" + i);
                started.add(starting.submit(() -> start(dir, extra)));
            }
            List<ServerProcess> servers = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<ServerProcess> s : started) {
                servers.add(s.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return servers;
        } finally {
            starting.shutdown();
        }
    }

    public static ServerProcess start(Path data, String... extra) {
        return startWith(List.of(), data, extra);
    }

    /** Starts the server with these JVM options first (a heap limit, say). */
    public static ServerProcess startWith(List<String> jvmOptions, Path data, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.hallqueue.server.Main",
                "server", "--port", "0", "--data", data.toString()));
        cmd.addAll(List.of(extra));
        try {
            // The server's log goes beside its data, where a failing test can be read after the fact.
            Process p = new ProcessBuilder(cmd)
                    .redirectError(ProcessBuilder.Redirect.appendTo(logFile(data)))
                    .start();
            return new ServerProcess(p, awaitPort(p, logFile(data).toPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.File logFile(Path data) throws IOException {
        java.nio.file.Files.createDirectories(data);
        return data.resolve("server.log").toFile();
    }

    private static int awaitPort(Process p, Path log) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        int status = waitFor(p);
        List<String> lines = java.nio.file.Files.readAllLines(log);
        throw new IllegalStateException("the server exited before listening, status " + status + "; its log ends:\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public int port() {
        return port;
    }

    public ApiClient api() {
        return new ApiClient(port);
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    public void kill9() {
        process.destroyForcibly();
        waitFor(process);
    }

    /** {@code SIGSTOP}: the process stops where it is, as in a paused VM, its connections left open. */
    public void freeze() {
        signal("-STOP");
    }

    /** {@code SIGCONT}: a frozen process runs on from where it stopped. */
    public void thaw() {
        signal("-CONT");
    }

    private void signal(String which) {
        try {
            Process kill = new ProcessBuilder("kill", which, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill " + which + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, and the exit status. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not stop within 20 s of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill9();
        }
    }
}
