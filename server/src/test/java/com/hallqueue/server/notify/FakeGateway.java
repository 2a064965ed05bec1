package com.hallqueue.server.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A real SMS gateway on a local port, for tests: it takes every request (records it) and
 * answers as told: 200, 503, or only after {@code slowFor} (a timeout for a short-tempered sender).
 */
final class FakeGateway implements AutoCloseable {

    enum Mode { OK, FAIL, SLOW }

    record Received(String body, String apiKey, String idempotencyKey, String signature, String delivery) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.OK;
    private final Duration slowFor;

    FakeGateway(Duration slowFor) {
        this.slowFor = slowFor;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/send", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            received.add(new Received(body, h.getFirst("X-Api-Key"), h.getFirst("Idempotency-Key"),
                    h.getFirst("X-HallQueue-Signature"), h.getFirst("X-HallQueue-Delivery")));
            Mode now = mode;
            if (now == Mode.SLOW) {
                sleep(slowFor);
            }
            exchange.sendResponseHeaders(now == Mode.FAIL ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/send";
    }

    void answer(Mode m) {
        this.mode = m;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> receivedWith(Predicate<String> body) {
        return received.stream().filter(r -> body.test(r.body())).toList();
    }

    /** Waits (polling, no fixed sleep) until {@code enough} holds of what was received. */
    List<Received> await(Predicate<List<Received>> enough) {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (!enough.test(received())) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the gateway got only " + received());
            }
            sleep(Duration.ofMillis(20));
        }
        return received();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
