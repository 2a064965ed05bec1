package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.hardware.modbus.PollOrder;
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

    @Test
    void thePadBusKeepsTheRtuGapOfItsOwnBaudRate() throws Exception {
        String pads = "pads:\n  line: {port: /dev/x, baud: %d}\n  counters: [{counter: 1, pad: 1}]\n";

        assertThat(read(pads.formatted(9600)).pads().timing().frameGap().toNanos()).isBetween(3_645_000L, 3_647_000L);
        assertThat(read(pads.formatted(19200)).pads().timing().frameGap().toNanos()).isBetween(1_822_000L, 1_824_000L);
        assertThat(read(pads.formatted(38400)).pads().timing().frameGap().toNanos()).isEqualTo(1_750_000L);
    }

    @Test
    void thePadBusPollsLikelyPadsFirstAndRestsNotAtAllUnlessTold() throws Exception {
        GatewayConfig plain = read("pads: {line: {port: /dev/x}, counters: [{counter: 1, pad: 1}]}");
        assertThat(plain.pads().pollOrder()).isEqualTo(PollOrder.LIKELY_FIRST);
        assertThat(plain.pads().roundPause()).isZero();
        assertThat(plain.pads().timing().replyTimeout()).hasMillis(200);

        GatewayConfig told = read("pads: {line: {port: /dev/x}, order: round-robin, roundPauseMillis: 20,"
                + " counters: [{counter: 1, pad: 1}]}");
        assertThat(told.pads().pollOrder()).isEqualTo(PollOrder.ROUND_ROBIN);
        assertThat(told.pads().roundPause()).hasMillis(20);
        assertThatThrownBy(() -> read("pads: {line: {port: /dev/x}, order: fastest, counters: []}"))
                .hasMessageContaining("pads.order");
    }

    private GatewayConfig read(String yaml) throws Exception {
        Path file = dir.resolve("g.yaml");
        Files.writeString(file, yaml);
        return GatewayConfig.read(file);
    }
}
