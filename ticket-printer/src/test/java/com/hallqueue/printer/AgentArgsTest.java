package com.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentArgsTest {

    private static final List<String> BASE = List.of("--server", "http://127.0.0.1:8080", "--kiosk", "K1",
            "--token", "demo-printer");

    @Test
    void eachKindOfPrinterPortIsUnderstood() {
        assertThat(parse("--serial", "/dev/ttyUSB0", "--baud", "19200").port())
                .isEqualTo(new PrinterPort.Serial("/dev/ttyUSB0", 19200));
        assertThat(parse("--tcp", "192.168.1.50:9100").port()).isEqualTo(new PrinterPort.Tcp("192.168.1.50", 9100));
        assertThat(parse("--file", "/dev/usb/lp0").port().answersStatus()).isFalse();
        assertThat(parse("--file", "/dev/usb/lp0").servers()).containsExactly(URI.create("http://127.0.0.1:8080/"));
    }

    @Test
    void severalServersOfOneHallAreCommaSeparated() {
        AgentArgs a = AgentArgs.parse(List.of("--server", "http://10.0.0.2:8080,http://10.0.0.3:8080/", "--kiosk", "K1",
                "--token", "demo-printer", "--file", "/dev/usb/lp0"));
        assertThat(a.servers()).containsExactly(URI.create("http://10.0.0.2:8080/"), URI.create("http://10.0.0.3:8080/"));
        assertThatThrownBy(() -> AgentArgs.parse(List.of("--server", "http://10.0.0.2:8080,10.0.0.3", "--kiosk", "K1",
                "--token", "demo-printer", "--file", "x"))).hasMessageContaining("--server").hasMessageContaining("10.0.0.3");
    }

    @Test
    void theTokenComesFromAFileOrTheEnvironmentAndTheCommandLineStillWorks(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("printer.token"), "from-the-file\n");
        List<String> noToken = List.of("--server", "http://127.0.0.1:8080", "--kiosk", "K1", "--file", "/dev/usb/lp0");
        assertThat(AgentArgs.parse(with(noToken, "--token-file", file.toString()), Map.of()).token()).isEqualTo("from-the-file");
        assertThat(AgentArgs.parse(noToken, Map.of("HALLQUEUE_TOKEN", "from-the-environment")).token())
                .isEqualTo("from-the-environment");
        assertThat(AgentArgs.parse(with(noToken, "--token", "on-the-line"), Map.of("HALLQUEUE_TOKEN", "x")).token())
                .isEqualTo("on-the-line");
        assertThatThrownBy(() -> AgentArgs.parse(noToken, Map.of())).hasMessageContaining("--token-file")
                .hasMessageContaining("HALLQUEUE_TOKEN");
        assertThatThrownBy(() -> AgentArgs.parse(with(noToken, "--token-file", dir.resolve("none").toString()), Map.of()))
                .hasMessageContaining("--token-file").hasMessageContaining("none");
        Path empty = Files.writeString(dir.resolve("empty.token"), "\n");
        assertThatThrownBy(() -> AgentArgs.parse(with(noToken, "--token-file", empty.toString()), Map.of()))
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> AgentArgs.parse(with(with(noToken, "--token", "a"), "--token-file", file.toString()),
                Map.of())).hasMessageContaining("not both");
    }

    private static List<String> with(List<String> args, String option, String value) {
        List<String> all = new java.util.ArrayList<>(args);
        all.add(option);
        all.add(value);
        return all;
    }

    @Test
    void theStateDirectoryDefaultsToTheUsersHome() {
        assertThat(parse("--file", "/dev/usb/lp0").state())
                .isEqualTo(java.nio.file.Path.of(System.getProperty("user.home"), ".hallqueue"));
        assertThat(parse("--file", "/dev/usb/lp0", "--state", "/var/lib/hallqueue").state())
                .isEqualTo(java.nio.file.Path.of("/var/lib/hallqueue"));
    }

    @Test
    void mistakesNameTheOption() {
        assertThatThrownBy(() -> parse()).hasMessageContaining("exactly one of --serial");
        assertThatThrownBy(() -> parse("--tcp", "printer")).hasMessageContaining("--tcp must be HOST:PORT");
        assertThatThrownBy(() -> parse("--serial", "/dev/x", "--baud", "fast")).hasMessageContaining("--baud");
        assertThatThrownBy(() -> parse("--file", "x", "--colour", "red")).hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> AgentArgs.parse(List.of("--kiosk", "K1"))).hasMessageContaining("--server is required");
    }

    private static AgentArgs parse(String... more) {
        List<String> all = new java.util.ArrayList<>(BASE);
        all.addAll(List.of(more));
        return AgentArgs.parse(all);
    }
}
