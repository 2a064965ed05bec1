package com.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.RunningHall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent as its own process, killed with SIGKILL after a ticket went to paper and before
 * the hall heard it was printed, then started again on the same state directory: the copy is
 * confirmed, and the paper shows it once.
 */
class PrintAgentKilledTest {

    private static final Duration SOON = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aCopyPrintedBeforeTheAgentWasKilledIsConfirmedNotPrintedAgain() throws Exception {
        Path paper = dir.resolve("paper.bin");
        Path state = dir.resolve("state");
        try (RunningHall hall = RunningHall.demo(); ConfirmationHold hold = new ConfirmationHold(hall.port())) {
            Process first = agent(hold.url(), paper, state, "first.log");
            String number = hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json()
                    .get("number").asText();
            assertThat(hold.awaitHeld(SOON)).as("the agent asked to confirm").isTrue();
            first.destroyForcibly();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();

            assertThat(copiesOn(paper, number)).isEqualTo(1);
            assertThat(pendingJobs(hall)).isEqualTo(1);
            assertThat(Files.readAllLines(state.resolve("printed-unconfirmed-K1"))).hasSize(1);

            Process second = agent(hold.url(), paper, state, "second.log");
            try {
                Eventually.await("the copy confirmed by the restarted agent", SOON, () -> pendingJobs(hall) == 0);
                Thread.sleep(1500);
                assertThat(copiesOn(paper, number)).isEqualTo(1);
                assertThat(Files.readAllLines(state.resolve("printed-unconfirmed-K1"))).isEmpty();
            } finally {
                second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** {@code hallqueue printer …} as the launcher runs it, on a device file so the paper is a file. */
    private Process agent(String server, Path paper, Path state, String log) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PrinterMain.class.getName(), "printer",
                "--server", server, "--kiosk", "K1", "--token", "demo-printer", "--file", paper.toString(),
                "--poll-seconds", "1", "--state", state.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    private static long copiesOn(Path paper, String number) throws IOException {
        return Files.exists(paper) ? FakePrinter.copiesIn(Files.readAllBytes(paper), number) : 0;
    }

    private static int pendingJobs(RunningHall hall) {
        return hall.api.get("/api/v1/printers/K1/jobs", "demo-printer").json().get("jobs").size();
    }
}
