package com.hallqueue.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;

/** A real HTTP client of the API, as outside callers use it. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Duration timeout;

    public ApiClient(int port) {
        this(port, Duration.ofSeconds(20));
    }

    /** A client that gives up on an answer after {@code timeout} (an {@link UncheckedIOException}). */
    public ApiClient(int port, Duration timeout) {
        this.base = "http://127.0.0.1:" + port;
        this.timeout = timeout;
    }

    /** An answer: status, content type and the body parsed as JSON where it is JSON. */
    public record Reply(int status, String contentType, String text, java.net.http.HttpHeaders headers) {

        public Reply(int status, String contentType, String text) {
            this(status, contentType, text, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Reply post(String path, String token, String body) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body)));
    }

    public Reply send(String method, String path, String token, String body) {
        return send(request(path, token).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST that a client may send again: with its {@code Idempotency-Key}. */
    public Reply postOnce(String path, String token, String body, String key) {
        return send(request(path, token).header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body)));
    }

    /** Any method, sent with its {@code Idempotency-Key}. */
    public Reply sendOnce(String method, String path, String token, String body, String key) {
        return send(request(path, token).header("Idempotency-Key", key).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    public String login(String badge) {
        Reply r = post("/api/v1/auth/login", null, "{\"badge\":\"" + badge + "\",\"password\":\"demo\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("login " + badge + ": " + r);
        }
        return r.json().get("token").asText();
    }

    public EventStream events(String token) {
        return eventsAt("/ws", token);
    }

    /** The event stream at {@code path}: {@code /halls/<id>/ws} for one hall of a deployment. */
    public EventStream eventsAt(String path, String token) {
        EventStream stream = new EventStream();
        http.newWebSocketBuilder().buildAsync(URI.create(base.replace("http", "ws") + path + "?token=" + token), stream)
                .join();
        return stream;
    }

    public WebSocket rawSocket(String token, WebSocket.Listener listener) {
        return http.newWebSocketBuilder()
                .buildAsync(URI.create(base.replace("http", "ws") + "/ws?token=" + token), listener).join();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Content-Type", "application/json");
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
