package com.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

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
