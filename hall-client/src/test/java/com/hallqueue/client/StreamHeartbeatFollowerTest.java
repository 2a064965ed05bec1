package com.hallqueue.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared event follower against a hall whose stream heartbeat is shortened by
 * configuration (a ping every 100 ms, closed after 300 ms without a word): it answers the
 * pings, so it stays on while it only listens; and when its server falls silent without a
 * close, it notices by itself and opens the stream afresh.
 */
class StreamHeartbeatFollowerTest {

    private static final Duration SILENCE = Duration.ofMillis(600);

    private RunningHall hall;
    private final BlockingQueue<JsonNode> snapshots = new LinkedBlockingQueue<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        System.setProperty("hallqueue.stream.pingMillis", "100");
        System.setProperty("hallqueue.stream.deadAfterMillis", "300");
        try {
            hall = RunningHall.demo();
        } finally {
            System.clearProperty("hallqueue.stream.pingMillis");
            System.clearProperty("hallqueue.stream.deadAfterMillis");
        }
    }

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void aFollowerThatOnlyListensKeepsOneConnectionThroughManyTimeouts() throws Exception {
        try (EventFollower follower = follower(hall.port())) {
            follower.start();
            assertThat(snapshots.poll(10, TimeUnit.SECONDS)).isNotNull();
            for (int i = 0; i < 30; i++) {
                hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
                Thread.sleep(50);
            }
            Thread.sleep(1_500);

            assertThat(events).filteredOn("ticket.issued"::equals).hasSize(30);
            assertThat(snapshots).as("no second snapshot: the stream was never dropped").isEmpty();
        }
    }

    @Test
    void aFollowerWhoseServerFallsSilentReconnectsByItself() throws Exception {
        try (SilentLine line = new SilentLine(hall.port()); EventFollower follower = follower(line.port())) {
            follower.start();
            assertThat(snapshots.poll(10, TimeUnit.SECONDS)).isNotNull();

            line.fallSilent();

            assertThat(snapshots.poll(10, TimeUnit.SECONDS)).as("a fresh snapshot after the silence").isNotNull();
            assertThat(line.connectionsCarried()).isEqualTo(2);
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!events.contains("ticket.issued") && System.nanoTime() < deadline) {
                Thread.sleep(25);
            }
            assertThat(events).contains("ticket.issued");
        }
    }

    private EventFollower follower(int port) {
        HallClient client = new HallClient(URI.create("http://127.0.0.1:" + port + "/"), "demo-display");
        return new EventFollower(client, m -> {
            String type = m.path("type").asText();
            if (type.equals("snapshot")) {
                snapshots.add(m);
            } else {
                events.add(type);
            }
        }, SILENCE);
    }
}
