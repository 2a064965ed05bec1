package com.hallqueue.server.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code hallqueue COMMAND …} of the server's jar as its own process, the way the launcher runs it. */
public final class HallCommand {

    /** How a command ended: its exit status and what it printed. */
    public record Outcome(int status, String stdout, String stderr) {
    }

    private HallCommand() {
    }

    public static Outcome run(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.hallqueue.server.Main"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            var out = p.getInputStream();
            var err = p.getErrorStream();
            var stdout = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(out));
            var stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(err));
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("hallqueue " + String.join(" ", args) + ": no exit within 120 s");
            }
            return new Outcome(p.exitValue(), stdout.join(), stderr.join());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String readAll(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
