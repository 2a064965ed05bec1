package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConfigTest {

    @TempDir
    Path dir;

    @Test
    void theExampleInTheRepositoryReads() {
        GatewayConfig c = GatewayConfig.read(Path.of("gateway-example.yaml"));

        assertThat(c.strips()).hasSize(3);
        assertThat(c.padsByCounter().get(3).transferToService()).isEqualTo("B");
        assertThat(c.board().calls()).isEqualTo(4);
    }

    @Test
    void mistakesNameTheField() throws Exception {
        assertThatThrownBy(() -> read("strips: [{counter: 1, address: 1}]")).hasMessageContaining("leds.port");
        assertThatThrownBy(() -> read("leds: {port: /dev/x}\nstrips: [{counter: 1, address: 1, protocol: bx}]"))
                .hasMessageContaining("must be onbon or alpha");
        assertThatThrownBy(() -> read("colour: red")).hasMessageContaining("colour");
    }

    private GatewayConfig read(String yaml) throws Exception {
        Path file = dir.resolve("g.yaml");
        Files.writeString(file, yaml);
        return GatewayConfig.read(file);
    }
}
