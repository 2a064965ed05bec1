package com.hallqueue.hardware.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A kernel pty pair from socat, so serial code runs against a real tty without hardware.
 * Tests using it are skipped where socat is not installed.
 */
public final class Socat implements AutoCloseable {

    private final Process process;
    public final Path endA;
    public final Path endB;

    private Socat(Process process, Path endA, Path endB) {
        this.process = process;
        this.endA = endA;
        this.endB = endB;
    }

    public static Socat ptyPair(Path dir) throws IOException, InterruptedException {
        Assumptions.assumeTrue(installed(), "socat is not installed");
        Path a = dir.resolve("ttyA");
        Path b = dir.resolve("ttyB");
        Process process = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile())
                .start();
        Socat socat = new Socat(process, a, b);
        socat.awaitLinks();
        return socat;
    }

    private static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    private void awaitLinks() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(endA) && Files.exists(endB)) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Assumptions.assumeTrue(Files.exists(endA) && Files.exists(endB), "socat did not create the ptys");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
