package com.hallqueue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.RunningHall;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The event stream's heartbeat, with its intervals shortened by configuration: pings every
 * 100 ms, and a connection that has sent nothing for 300 ms is closed. A screen that only
 * listens answers the pings and so stays; a socket that never answers goes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamHeartbeatTest {

    private static final Duration PING = Duration.ofMillis(100);
    private static final Duration DEAD_AFTER = Duration.ofMillis(300);

    private RunningHall hall;

    @BeforeAll
    void start() {
        System.setProperty(StreamHeartbeat.PING_PROPERTY, String.valueOf(PING.toMillis()));
        System.setProperty(StreamHeartbeat.DEAD_AFTER_PROPERTY, String.valueOf(DEAD_AFTER.toMillis()));
        try {
            hall = RunningHall.demo();
        } finally {
            System.clearProperty(StreamHeartbeat.PING_PROPERTY);
            System.clearProperty(StreamHeartbeat.DEAD_AFTER_PROPERTY);
        }
    }

    @AfterAll
    void stop() {
        hall.close();
    }

    @Test
    void aScreenThatOnlyListensStaysConnectedThroughManyTimeoutsWhileEventsFlow() throws Exception {
        EventStream screen = hall.api.events("demo-display");
        screen.next("snapshot");
        int tickets = 40;
        for (int i = 0; i < tickets; i++) {
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            Thread.sleep(50);
        }
        for (int i = 0; i < tickets; i++) {
            screen.next("ticket.issued");
        }
        assertNull(screen.closedBy(), "a listening screen was closed");
        screen.close();
    }

    @Test
    void aScreenThatOnlyListensStaysConnectedWhileTheHallIsQuiet() throws Exception {
        EventStream screen = hall.api.events("demo-display");
        screen.next("snapshot");
        Thread.sleep(DEAD_AFTER.multipliedBy(6).toMillis());

        hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}");

        assertEquals("B", screen.next("ticket.issued").path("ticket").path("service").asText());
        assertNull(screen.closedBy(), "a quiet screen was closed");
        screen.close();
    }

    @Test
    void aPageThatAsksWhetherItsQuietStreamIsAliveIsAnsweredAlone() {
        EventStream page = hall.api.events("demo-display");
        EventStream other = hall.api.events("demo-display");
        page.next("snapshot");
        other.next("snapshot");

        page.send("{\"type\":\"ping\"}");

        assertEquals("pong", page.next().path("type").asText());
        hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
        assertEquals("ticket.issued", other.next().path("type").asText());
        page.close();
        other.close();
    }

    @Test
    void aSocketThatNeverAnswersIsPingedThenClosedWithinTheStatedTime() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", hall.port())) {
            socket.setSoTimeout(5_000);
            upgrade(socket);
            long upgraded = System.nanoTime();

            int pings = readFramesUntilClosed(socket.getInputStream());

            long closedAfterMs = (System.nanoTime() - upgraded) / 1_000_000;
            assertTrue(pings >= 2, "pings before the close: " + pings);
            long stated = DEAD_AFTER.plus(PING).toMillis();
            assertTrue(closedAfterMs >= DEAD_AFTER.minus(PING).toMillis() && closedAfterMs < stated + 1_000,
                    "closed " + closedAfterMs + " ms after the upgrade; stated: within " + stated + " ms");
        }
    }

    private static void upgrade(Socket socket) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("GET /ws?token=demo-display HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String head = readHead(socket.getInputStream());
        assertTrue(head.startsWith("HTTP/1.1 101"), head);
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.read());
        }
        return head.toString();
    }

    /** Reads the server's frames (reading is not answering) and counts its pings, until it hangs up. */
    private static int readFramesUntilClosed(InputStream in) throws IOException {
        int pings = 0;
        try {
            for (int first = in.read(); first >= 0; first = in.read()) {
                if ((first & 0x0F) == 0x9) {
                    pings++;
                }
                skipPayload(in);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server never closed the silent socket");
        }
        return pings;
    }

    private static void skipPayload(InputStream in) throws IOException {
        int length = in.read() & 0x7F;
        if (length == 126) {
            length = (in.read() << 8) | in.read();
        } else if (length == 127) {
            throw new AssertionError("no event is that long");
        }
        in.readNBytes(length);
    }
}
