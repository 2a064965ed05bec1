package com.hallqueue.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments or a bad config: one line on standard error naming the problem, status 2, nothing started. */
class CommandLineTest {

    @TempDir
    Path dir;

    record Outcome(int status, String stdout, String stderr) {
    }

    @Test
    void aBadPortIsOneLineAndStatusTwo() throws Exception {
        assertRefused(run("server", "--port", "eighty"), "--port");
    }

    @Test
    void anUnknownOptionIsOneLineAndStatusTwo() throws Exception {
        assertRefused(run("server", "--colour", "red"), "--colour");
    }

    @Test
    void anUnknownCommandIsOneLineAndStatusTwo() throws Exception {
        assertRefused(run("frobnicate"), "frobnicate");
    }

    @Test
    void aMissingConfigFileIsNamed() throws Exception {
        assertRefused(run("server", "--config", dir.resolve("absent.yaml").toString()), "absent.yaml");
    }

    @Test
    void aBadConfigFieldIsNamedAndNothingStarts() throws Exception {
        Path hall = Files.writeString(dir.resolve("hall.yaml"), """
                hall: {name: 大厅}
                services: [{code: A, name: 综合}]
                counters: [{number: 1, services: [X]}]
                hours: {week: {daily: {open: "08:00", close: "17:00"}}}
                """);
        Outcome o = run("server", "--config", hall.toString(), "--port", "0", "--data", dir.resolve("d").toString());
        assertRefused(o, "counters[0].services: unknown service \"X\"");
        assertThat(o.stdout()).doesNotContain("listening");
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void aDeploymentWithABadHallIdNamesTheEntry() throws Exception {
        Path deployment = Files.writeString(dir.resolve("district.yaml"), "halls:\n  - {id: East Hall, config: e.yaml}\n");
        assertRefused(run("server", "--deployment", deployment.toString()), "halls[0].id");
    }

    @Test
    void aDeploymentNamingAMissingHallFileNamesTheFile() throws Exception {
        Path deployment = Files.writeString(dir.resolve("district.yaml"), "halls:\n  - {id: east, config: absent.yaml}\n");
        assertRefused(run("server", "--deployment", deployment.toString()), "absent.yaml");
    }

    @Test
    void aDatabaseOtherThanH2OrPostgresqlIsRefused() throws Exception {
        assertRefused(run("server", "--port", "0", "--data", dir.resolve("d").toString(), "--db", "jdbc:mysql://db/hall"),
                "--db");
    }

    @Test
    void hashPasswordPrintsAHashThatTheConfigAccepts() throws Exception {
        Outcome o = run("hash-password");
        assertThat(o.status()).isZero();
        assertThat(o.stdout().strip()).startsWith("pbkdf2-sha256$");
    }

    private static void assertRefused(Outcome o, String mention) {
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.stderr().strip()).contains(mention).doesNotContain("\n").doesNotContain("Exception");
    }

    private Outcome run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.hallqueue.server.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().write("s3cret\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no exit within 30 s");
        }
        return new Outcome(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
