package com.hallqueue.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the hall's event stream and reconnects by itself, with back-off from 200 ms to
 * 5 s, whenever the server goes away. Every connection starts with a snapshot, so a device
 * that resyncs on each snapshot never needs to replay what it missed. It connects to the
 * {@link HallClient}'s server of the moment; a connection that cannot be made (refused, timed
 * out, not a refusal by the server) moves the client on to its next server.
 */
public final class EventFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventFollower.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long FIRST_RETRY_MS = 200;
    private static final long MAX_RETRY_MS = 5_000;

    private final HallClient hall;
    private final Consumer<JsonNode> onMessage;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-follower");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;
    private volatile WebSocket socket;
    private long retryMs = FIRST_RETRY_MS;

    /** {@code onMessage} runs on the socket's thread, one message at a time: hand heavy work on. */
    public EventFollower(HallClient hall, Consumer<JsonNode> onMessage) {
        this.hall = hall;
        this.onMessage = onMessage;
    }

    public void start() {
        timer.execute(this::connect);
    }

    public boolean isConnected() {
        return socket != null;
    }

    private void connect() {
        if (closed) {
            return;
        }
        URI server = hall.server();
        hall.http().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(streamUri(server), new Listener(server))
                .whenComplete((ws, failure) -> {
                    if (failure != null) {
                        if (!answeredByServer(failure)) {
                            hall.unreachable(server);
                        }
                        retryLater("cannot reach " + server + ": " + rootMessage(failure));
                    }
                });
    }

    private URI streamUri(URI server) {
        String base = server.toString().replaceFirst("^http", "ws").replaceAll("/+$", "");
        return URI.create(base + "/ws?token=" + URLEncoder.encode(hall.token(), StandardCharsets.UTF_8));
    }

    /** The server refused the upgrade (a bad token, say): another server would answer the same. */
    private static boolean answeredByServer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WebSocketHandshakeException) {
                return true;
            }
        }
        return false;
    }

    private void retryLater(String why) {
        socket = null;
        if (closed) {
            return;
        }
        long delay = retryMs;
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
        LOG.warn("event stream down ({}); retrying in {} ms", why, delay);
        timer.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }

    @Override
    public void close() {
        closed = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        timer.shutdownNow();
    }

    private final class Listener implements WebSocket.Listener {
        private final URI server;
        private final StringBuilder partial = new StringBuilder();

        Listener(URI server) {
            this.server = server;
        }

        @Override
        public void onOpen(WebSocket ws) {
            socket = ws;
            retryMs = FIRST_RETRY_MS;
            LOG.info("following the hall at {}", server);
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                deliver(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        private void deliver(String text) {
            try {
                onMessage.accept(JSON.readTree(text));
            } catch (IOException | RuntimeException e) {
                LOG.warn("event not handled: {}", text, e);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            retryLater("closed " + status + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            retryLater(rootMessage(error));
        }
    }
}
