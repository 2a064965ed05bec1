package com.hallqueue.hardware.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TcpLinkTest {

    private final ServerSocket printer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());

    TcpLinkTest() throws IOException {
    }

    @AfterEach
    void stopPrinter() throws IOException {
        printer.close();
    }

    @Test
    void bytesWrittenReachTheNetworkPrinter() throws IOException {
        try (DeviceLink link = connect(); Socket accepted = printer.accept()) {
            link.write(new byte[] {0x1B, 0x40});

            assertThat(accepted.getInputStream().readNBytes(2)).containsExactly(0x1B, 0x40);
        }
    }

    @Test
    void aReplyFromThePrinterIsRead() throws IOException {
        try (DeviceLink link = connect(); Socket accepted = printer.accept()) {
            accepted.getOutputStream().write(0x12);

            byte[] into = new byte[8];
            assertThat(link.read(into, Duration.ofSeconds(2))).isEqualTo(1);
            assertThat(into[0]).isEqualTo((byte) 0x12);
        }
    }

    @Test
    void aReadWithNothingToSayReturnsZeroAfterTheTimeout() throws IOException {
        try (DeviceLink link = connect(); Socket accepted = printer.accept()) {
            assertThat(accepted.isConnected()).isTrue();
            assertThat(link.read(new byte[8], Duration.ofMillis(20))).isZero();
            assertThat(link.read(new byte[8], Duration.ZERO)).isZero();
        }
    }

    @Test
    void aPrinterThatHangsUpBreaksTheLink() throws IOException {
        try (DeviceLink link = connect()) {
            printer.accept().close();

            assertThatThrownBy(() -> link.read(new byte[8], Duration.ofSeconds(2))).isInstanceOf(IOException.class);
        }
    }

    @Test
    void nobodyListeningFailsToConnect() throws IOException {
        int port = printer.getLocalPort();
        printer.close();

        assertThatThrownBy(() -> Links.tcp("127.0.0.1", port, Duration.ofMillis(500)))
                .isInstanceOf(IOException.class);
    }

    private DeviceLink connect() throws IOException {
        return Links.tcp("127.0.0.1", printer.getLocalPort(), Duration.ofSeconds(2));
    }
}
