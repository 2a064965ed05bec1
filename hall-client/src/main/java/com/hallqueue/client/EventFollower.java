package com.hallqueue.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the hall's event stream and reconnects by itself, with back-off from 200 ms to
 * 5 s, whenever the server goes away. Every connection starts with a snapshot, so a device
 * that resyncs on each snapshot never needs to replay what it missed. It connects to the
 * {@link HallClient}'s server of the moment; a connection that cannot be made (refused, timed
 * out, not a refusal by the server) moves the client on to its next server.
 *
 * <p>The server pings every stream on a fixed beat (the JDK's socket answers each ping by
 * itself), so a stream that carries no frame at all for {@code silence} has lost its server
 * without a word — a machine switched off, a cable pulled — and is dropped and opened afresh.
 * The default is {@code -Dhallqueue.stream.silenceMillis}, or 35 s: three of the server's
 * default pings and a margin.
 */
public final class EventFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventFollower.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long FIRST_RETRY_MS = 200;
    private static final long MAX_RETRY_MS = 5_000;
    static final String SILENCE_PROPERTY = "hallqueue.stream.silenceMillis";
    private static final long DEFAULT_SILENCE_MS = 35_000;

    private final HallClient hall;
    private final Consumer<JsonNode> onMessage;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-follower");
        t.setDaemon(true);
        return t;
    });
    private final Duration silence;
    private volatile boolean closed;
    private volatile WebSocket socket;
    private volatile Listener current;
    private long retryMs = FIRST_RETRY_MS;

    /** {@code onMessage} runs on the socket's thread, one message at a time: hand heavy work on. */
    public EventFollower(HallClient hall, Consumer<JsonNode> onMessage) {
        this(hall, onMessage, Duration.ofMillis(Long.getLong(SILENCE_PROPERTY, DEFAULT_SILENCE_MS)));
    }

    /** A stream silent for {@code silence} (not even a ping) is taken for dead and opened again. */
    public EventFollower(HallClient hall, Consumer<JsonNode> onMessage, Duration silence) {
        this.hall = hall;
        this.onMessage = onMessage;
        this.silence = silence;
    }

    public void start() {
        hall.whenMovedOn(this::leftServer);
        timer.execute(this::connect);
        long every = Math.max(10, silence.toMillis() / 4);
        timer.scheduleAtFixedRate(this::checkSilence, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * A request of this device found the stream's server unreachable and moved on: the stream
     * follows at once. A killed server's stream usually ends by itself, but in the tests a
     * stream whose server was killed was sometimes not seen to close for more than 5 s, while
     * the device's next request had already moved on; left alone, it would hang on until the
     * silence check.
     */
    private void leftServer(URI server) {
        Listener listening = current;
        if (listening != null && listening.server.equals(server)) {
            listening.end("its server " + server + " cannot be reached by this device's requests");
        }
    }

    private void checkSilence() {
        Listener listening = current;
        if (listening != null && socket != null && listening.silentFor() > silence.toNanos()) {
            listening.end("no word from the server for " + silence.toMillis() + " ms");
        }
    }

    public boolean isConnected() {
        return socket != null;
    }

    private void connect() {
        if (closed) {
            return;
        }
        URI server = hall.server();
        Listener listener = new Listener(server);
        current = listener;
        hall.http().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(streamUri(server), listener)
                .whenComplete((ws, failure) -> {
                    if (failure != null) {
                        if (!answeredByServer(failure)) {
                            hall.unreachable(server);
                        }
                        listener.end("cannot reach " + server + ": " + rootMessage(failure));
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

    /** One connection: it ends once, whether closed, failed or fallen silent. */
    private final class Listener implements WebSocket.Listener {
        private final URI server;
        private final StringBuilder partial = new StringBuilder();
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile WebSocket ws;
        private volatile long lastHeard = System.nanoTime();

        Listener(URI server) {
            this.server = server;
        }

        long silentFor() {
            return System.nanoTime() - lastHeard;
        }

        void end(String why) {
            if (ended.compareAndSet(false, true)) {
                WebSocket open = ws;
                if (open != null) {
                    open.abort();
                }
                retryLater(why);
            }
        }

        @Override
        public void onOpen(WebSocket ws) {
            this.ws = ws;
            lastHeard = System.nanoTime();
            socket = ws;
            retryMs = FIRST_RETRY_MS;
            LOG.info("following the hall at {}", server);
            ws.request(1);
        }

        /** The JDK answers the ping itself; here it only counts as word from the server. */
        @Override
        public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
            lastHeard = System.nanoTime();
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            lastHeard = System.nanoTime();
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            lastHeard = System.nanoTime();
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
            end("closed " + status + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            end(rootMessage(error));
        }
    }
}
