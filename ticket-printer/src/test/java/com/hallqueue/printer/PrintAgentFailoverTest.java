package com.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.ServerProcess;
import com.hallqueue.server.testing.TwoServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hallqueue printer --server FIRST,SECOND} as its own process; the first server is
 * killed with {@code kill -9}. The agent moves to the second, whose snapshot makes it fetch
 * and print the jobs waiting there. The servers keep separate databases, so the second's
 * jobs are the proof of which one the agent follows.
 */
class PrintAgentFailoverTest {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final Duration FAILOVER = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void whenItsServerIsKilledTheAgentPrintsForTheNextOne() throws Exception {
        Path paper = dir.resolve("paper.bin");
        try (TwoServers halls = TwoServers.start(dir)) {
            issue(halls.second);
            String onlyOnSecond = issue(halls.second);
            Process agent = agent(halls.addresses(), paper);
            try {
                String fromFirst = issue(halls.first);
                Eventually.await("the first server's ticket printed and confirmed", SOON,
                        () -> pendingJobs(halls.first) == 0);
                assertThat(copiesOn(paper, onlyOnSecond)).isZero();

                halls.first.kill9();
                Eventually.await("the second server's tickets printed and confirmed", FAILOVER,
                        () -> pendingJobs(halls.second) == 0);
                assertThat(copiesOn(paper, onlyOnSecond)).isEqualTo(1);
                assertThat(copiesOn(paper, fromFirst)).as("A001 of each server").isEqualTo(2);
            } finally {
                agent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private Process agent(String servers, Path paper) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PrinterMain.class.getName(), "printer",
                "--server", servers, "--kiosk", "K1", "--token", "demo-printer", "--file", paper.toString(),
                "--poll-seconds", "1", "--state", dir.resolve("state").toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("agent.log").toFile()).start();
    }

    private static String issue(ServerProcess server) {
        return server.api().post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("number").asText();
    }

    private static int pendingJobs(ServerProcess server) {
        return server.api().get("/api/v1/printers/K1/jobs", "demo-printer").json().get("jobs").size();
    }

    private static long copiesOn(Path paper, String number) throws IOException {
        return Files.exists(paper) ? FakePrinter.copiesIn(Files.readAllBytes(paper), number) : 0;
    }
}
