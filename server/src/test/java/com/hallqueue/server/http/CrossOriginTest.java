package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A page served by another server of the hall calls this one's API: the browser's preflight
 * is answered for the paths the API has, and API answers may be read by the pages of the
 * hall's other servers ({@code screens.servers}), and by no other site.
 */
class CrossOriginTest {

    private static final String ELSEWHERE = "http://10.0.0.3:8080";
    private static final String STRANGER = "https://evil.example";
    private static final RunningHall HALL = RunningHall.start(Halls.demoBeside(ELSEWHERE + "/halls/east"),
            Clock.systemUTC());
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stop() {
        HALL.close();
    }

    @Test
    void aPreflightFromAnotherServerOfTheHallGetsThePathsMethodsAndTheHeadersAPageSends() throws Exception {
        HttpResponse<String> r = send(preflight("/api/v1/tickets", "POST", ELSEWHERE));
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ELSEWHERE);
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization, Content-Type, Idempotency-Key");

        assertThat(send(preflight("/api/v1/no-such-thing", "GET", ELSEWHERE)).statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/tickets"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build()).statusCode())
                .as("OPTIONS without a preflight's headers").isEqualTo(405);
    }

    @Test
    void aPreflightFromAnyOtherSiteIsRefused() throws Exception {
        HttpResponse<String> r = send(preflight("/api/v1/tickets", "POST", STRANGER));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void apiAnswersAndRefusalsMayBeReadByTheHallsOtherServersPages() throws Exception {
        HttpResponse<String> issued = send(issue(ELSEWHERE, "demo-kiosk"));
        assertThat(issued.statusCode()).isEqualTo(201);
        assertThat(issued.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ELSEWHERE);
        assertThat(issued.headers().firstValue("Vary")).hasValue("Origin");

        HttpResponse<String> refused = send(issue(ELSEWHERE, null));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ELSEWHERE);
    }

    @Test
    void noAnswerSaysAnyOriginMayReadIt() throws Exception {
        HttpResponse<String> strangers = send(HttpRequest.newBuilder(uri("/api/v1/hall")).header("Origin", STRANGER).build());
        assertThat(strangers.statusCode()).isEqualTo(200);
        assertThat(strangers.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> nobodys = send(HttpRequest.newBuilder(uri("/api/v1/hall")).build());
        assertThat(nobodys.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpRequest issue(String origin, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/v1/tickets")).header("Origin", origin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"A\"}"));
        return (token == null ? b : b.header("Authorization", "Bearer " + token)).build();
    }

    private HttpRequest preflight(String path, String method, String origin) {
        return HttpRequest.newBuilder(uri(path)).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization,content-type").build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + HALL.port() + path);
    }
}
