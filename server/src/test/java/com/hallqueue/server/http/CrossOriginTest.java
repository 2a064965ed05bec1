package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A page served by another server of the hall calls this one's API: the browser's preflight
 * is answered for the paths the API has, and every API answer may be read by any origin
 * (tokens go in a header, never in a cookie).
 */
class CrossOriginTest {

    private static final RunningHall HALL = RunningHall.demo();
    private static final String ELSEWHERE = "http://10.0.0.3:8080";
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stop() {
        HALL.close();
    }

    @Test
    void aPreflightOfAnApiPathGetsItsMethodsAndTheHeadersAPageSends() throws Exception {
        HttpResponse<String> r = send(preflight("/api/v1/tickets", "POST"));
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization, Content-Type");

        assertThat(send(preflight("/api/v1/no-such-thing", "GET")).statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/tickets"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build()).statusCode())
                .as("OPTIONS without a preflight's headers").isEqualTo(405);
    }

    @Test
    void apiAnswersAndRefusalsMayBeReadFromAnotherOrigin() throws Exception {
        HttpResponse<String> issued = send(HttpRequest.newBuilder(uri("/api/v1/tickets")).header("Origin", ELSEWHERE)
                .header("Authorization", "Bearer demo-kiosk").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"A\"}")).build());
        assertThat(issued.statusCode()).isEqualTo(201);
        assertThat(issued.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/tickets")).header("Origin", ELSEWHERE)
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"A\"}")).build());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    private HttpRequest preflight(String path, String method) {
        return HttpRequest.newBuilder(uri(path)).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ELSEWHERE).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization,content-type").build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + HALL.port() + path);
    }
}
