package com.hallqueue.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The hall server's HTTP API as a device calls it, with its bearer token. A failure to reach
 * the server is an {@link IOException} (try again later); a refusal is a {@link Refused}.
 */
public final class HallClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI server;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HallClient(URI server, String token) {
        this.server = server;
        this.token = token;
    }

    /** The server answered with an error status; {@code detail} is its problem text. */
    public static final class Refused extends Exception {
        public final int status;

        Refused(int status, String detail) {
            super(status + " " + detail, null, false, false);
            this.status = status;
        }
    }

    public URI server() {
        return server;
    }

    public String token() {
        return token;
    }

    public JsonNode get(String path) throws IOException, Refused {
        return send(request(path).GET().build());
    }

    public JsonNode post(String path, Object body) throws IOException, Refused {
        String json = body == null ? "" : JSON.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Raw bytes of a GET, e.g. an announcement clip. */
    public byte[] bytes(String path) throws IOException, Refused {
        HttpResponse<byte[]> r = exchange(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() >= 400) {
            throw new Refused(r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return r.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest request) throws IOException, Refused {
        HttpResponse<String> r = exchange(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = r.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(r.body());
        if (r.statusCode() >= 400) {
            throw new Refused(r.statusCode(), body.path("detail").asText(r.body()));
        }
        return body;
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    HttpClient http() {
        return http;
    }
}
