package com.hallqueue.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The hall server's HTTP API as a device calls it, with its bearer token. A failure to reach
 * the server is an {@link IOException} (try again later); a refusal is a {@link Refused}.
 *
 * <p>Given several servers of one hall, it talks to one at a time. When that one cannot be
 * reached it moves on to the next, round the list: a request that could not even connect is
 * tried on the next servers at once; one that failed later (it may have been carried out) is
 * not repeated, the caller's next try goes to the next server. A refusal never moves it.
 */
public final class HallClient {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Servers servers;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HallClient(URI server, String token) {
        this(List.of(server), token);
    }

    /** Several servers of one hall; the first is tried first. */
    public HallClient(List<URI> servers, String token) {
        this.servers = new Servers(servers);
        this.token = token;
    }

    /**
     * {@code http://a:8080,http://b:8080}: one or more base URLs, each with a trailing slash
     * added if missing; an {@link IllegalArgumentException} names a bad one.
     */
    public static List<URI> addresses(String commaSeparated) {
        List<String> urls = Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("needs at least one http:// or https:// URL");
        }
        return urls.stream().map(HallClient::address).toList();
    }

    private static URI address(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("must be http:// or https:// URLs separated by commas, got \"" + url + "\"");
        }
        try {
            return URI.create(url.endsWith("/") ? url : url + "/");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a URL: \"" + url + "\"");
        }
    }

    /** The server answered with an error status; {@code detail} is its problem text. */
    public static final class Refused extends Exception {
        public final int status;

        Refused(int status, String detail) {
            super(status + " " + detail, null, false, false);
            this.status = status;
        }
    }

    /** The server in use now. */
    public URI server() {
        return servers.current();
    }

    /** Every server given, comma-separated. */
    public String servers() {
        return servers.toString();
    }

    public String token() {
        return token;
    }

    public JsonNode get(String path) throws IOException, Refused {
        return send(server -> request(server, path).GET().build());
    }

    /** A change with a fresh {@code Idempotency-Key}: see {@link #post(String, Object, String)}. */
    public JsonNode post(String path, Object body) throws IOException, Refused {
        return post(path, body, freshKey());
    }

    /**
     * A change the server carries out once for {@code key}: a repeat gets the first answer. So
     * a request that broke after it was sent is sent again with the same key, on the next
     * server or (with one server) once more after a pause; a caller that retries later passes
     * the same key (the printer's confirmation of one copy, say).
     */
    public JsonNode post(String path, Object body, String key) throws IOException, Refused {
        String json = body == null ? "" : JSON.writeValueAsString(body);
        Function<URI, HttpRequest> request = server -> request(server, path).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        for (int tried = 1; ; tried++) {
            try {
                return send(request);
            } catch (IOException brokenAfterSending) {
                if (tried >= Math.max(2, servers.size())) {
                    throw brokenAfterSending;
                }
                pause(200L * tried);
            }
        }
    }

    private static String freshKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static void pause(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Raw bytes of a GET, e.g. an announcement clip. */
    public byte[] bytes(String path) throws IOException, Refused {
        HttpResponse<byte[]> r = exchange(server -> request(server, path).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() >= 400) {
            throw new Refused(r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return r.body();
    }

    private HttpRequest.Builder request(URI server, String path) {
        return HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
    }

    private JsonNode send(Function<URI, HttpRequest> request) throws IOException, Refused {
        HttpResponse<String> r = exchange(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = r.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(r.body());
        if (r.statusCode() >= 400) {
            throw new Refused(r.statusCode(), body.path("detail").asText(r.body()));
        }
        return body;
    }

    private <T> HttpResponse<T> exchange(Function<URI, HttpRequest> request, HttpResponse.BodyHandler<T> handler)
            throws IOException {
        for (int tried = 1; ; tried++) {
            URI server = servers.current();
            try {
                return http.send(request.apply(server), handler);
            } catch (ConnectException | HttpConnectTimeoutException notSent) {
                servers.unreachable(server);
                if (tried >= servers.size()) {
                    throw notSent;
                }
            } catch (IOException e) {
                servers.unreachable(server);
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    /** The event stream could not connect to {@code server}. */
    /** Tells {@code left} of each server this client moves on from, whoever found it unreachable. */
    void whenMovedOn(java.util.function.Consumer<URI> left) {
        servers.whenMovedOn(left);
    }

    void unreachable(URI server) {
        servers.unreachable(server);
    }

    HttpClient http() {
        return http;
    }
}
