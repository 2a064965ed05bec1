package com.hallqueue.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.HallCommand;
import com.hallqueue.server.testing.HallCommand.Outcome;
import org.junit.jupiter.api.Test;

/** {@code --version} and {@code --help} print on standard output and exit 0; nothing starts. */
class HelpAndVersionTest {

    @Test
    void versionPrintsTheNameAndVersionOnOneLine() {
        Outcome o = HallCommand.run("--version");
        assertThat(o.status()).isZero();
        // Tests run from the classes, not the jar, whose manifest carries the Maven version.
        assertThat(o.stdout()).matches("hallqueue \\S+\\n");
    }

    @Test
    void helpListsEveryCommand() {
        Outcome o = HallCommand.run("--help");
        assertThat(o.status()).isZero();
        assertThat(o.stdout()).contains("server", "backup", "restore", "simulate", "hash-password", "printer", "display");
    }

    @Test
    void eachCommandsHelpShowsItsOwnOptionsAndStartsNothing() {
        assertThat(help("server")).contains("--port", "--data", "--db", "--backup-dir", "--backup-keep");
        assertThat(help("backup")).contains("--data DIR --to FILE");
        assertThat(help("restore")).contains("--from FILE --data DIR");
        assertThat(help("simulate")).contains("--scenario FILE");
    }

    @Test
    void badArgumentsOfTheNewCommandsAreOneLineAndStatusTwo() {
        Outcome noTarget = HallCommand.run("backup", "--data", ".");
        assertThat(noTarget.status()).isEqualTo(2);
        assertThat(noTarget.stderr().strip()).contains("--to").doesNotContain("\n");
        Outcome badKeep = HallCommand.run("server", "--backup-dir", "/tmp", "--backup-keep", "none");
        assertThat(badKeep.status()).isEqualTo(2);
        assertThat(badKeep.stderr().strip()).contains("--backup-keep").doesNotContain("\n");
    }

    private static String help(String command) {
        Outcome o = HallCommand.run(command, "--help");
        assertThat(o.status()).as(command + " --help").isZero();
        assertThat(o.stderr()).isEmpty();
        return o.stdout();
    }
}
