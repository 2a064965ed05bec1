package com.hallqueue.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket client of the event stream that keeps every message for the test to read. */
public final class EventStream implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile String closedBy;

    @Override
    public void onOpen(WebSocket ws) {
        socket = ws;
        ws.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                messages.add(JSON.readTree(partial.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            partial.setLength(0);
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
        closedBy = "closed " + status + " " + reason;
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        closedBy = "failed: " + error;
    }

    /** Why the stream ended, or null while it is open. */
    public String closedBy() {
        return closedBy;
    }

    /** The next message, or fails after the timeout. */
    public JsonNode next() {
        try {
            JsonNode m = messages.poll(10, TimeUnit.SECONDS);
            if (m == null) {
                throw new AssertionError("no event within 10 s");
            }
            return m;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Skips messages until one of {@code type} arrives. */
    public JsonNode next(String type) {
        JsonNode m = next();
        while (!m.get("type").asText().equals(type)) {
            m = next();
        }
        return m;
    }

    /** Sends a text message to the server, as a page may. */
    public void send(String text) {
        socket.sendText(text, true).join();
    }

    public void close() {
        if (socket != null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
