package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.RunningHall;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The pages, their files and the endpoints added for them, over real HTTP. */
class StaticSiteTest {

    private static final RunningHall HALL = RunningHall.demo();

    @AfterAll
    static void stop() {
        HALL.close();
    }

    @Test
    void pagesAndFilesComeWithTheirTypesAndCachingRules() throws Exception {
        for (String page : List.of("/", "/kiosk", "/counter", "/display", "/display/counter/3", "/t/abc_DEF-1", "/manager")) {
            HttpResponse<String> r = get(page, null);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(page).hasValue("text/html; charset=utf-8");
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-cache");
        }
        assertThat(get("/web/display.js", null).headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/web/hall.css", null).headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        HttpResponse<String> chart = get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js", null);
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    @Test
    void aBrowserWithTheCurrentCopyGetsNotModified() throws Exception {
        HttpResponse<String> first = get("/web/kiosk.js", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/web/kiosk.js", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/web/kiosk.js", "\"stale\"").statusCode()).isEqualTo(200);
    }

    @Test
    void noPathLeavesTheWebFolders() throws Exception {
        for (String path : List.of("/web/../demo-hall.yaml", "/web/%2e%2e/demo-hall.yaml", "/web/..%2fdemo-hall.yaml", "/web/..%2fvoice/chime.wav",
                "/webjars/..%2f..%2f..%2fvoice/chime.wav", "/web/%2e%2e/voice/chime.wav",
                "/webjars/../../logback.xml", "/web/.hidden.js", "/web//hall.css", "/web/db/V1__hall.sql",
                "/web/", "/web", "/webjars/chart.js/4.5.1/dist", "/display/counter/x", "/t/", "/t/a/b")) {
            String status = rawStatusLine(path);
            assertThat(status).as(path).matches("HTTP/1.1 (404|400|405).*");
        }
    }

    @Test
    void theHallFactsTellTheScreensWhatTheStreamDoesNot() {
        JsonNode hall = HALL.api.get("/api/v1/hall", "demo-kiosk").json();
        assertThat(hall.get("hotline").asText()).isEqualTo("12360");
        assertThat(hall.get("services")).hasSize(3);
        assertThat(hall.get("issuing").asBoolean()).isTrue();
        assertThat(hall.get("kiosk").asText()).isEqualTo("K1");
        assertThat(hall.get("week")).hasSize(7);
        assertThat(hall.get("alerts").get("C").get("waitSeconds").asLong()).isEqualTo(15 * 60);
        assertThat(HALL.api.get("/api/v1/hall", null).json().has("kiosk")).isFalse();
    }

    @Test
    void aCountersWaitingListIsForStaffAndInCallOrder() {
        Reply anonymous = HALL.api.get("/api/v1/counters/3/waiting", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(HALL.api.get("/api/v1/counters/3/waiting", "demo-kiosk").status()).isEqualTo(403);
        String staff = HALL.api.login("1003");
        assertThat(HALL.api.get("/api/v1/counters/99/waiting", staff).status()).isEqualTo(404);
        String b = issue("B");
        String a = issue("A");
        issue("C");
        JsonNode list = HALL.api.get("/api/v1/counters/3/waiting", staff).json();
        assertThat(list.get("waiting").asInt()).isEqualTo(2);
        assertThat(list.get("next").get(0).get("number").asText()).isEqualTo(b);
        assertThat(list.get("next").get(1).get("number").asText()).isEqualTo(a);
        assertThat(list.get("next").get(0).has("id")).isFalse();
    }

    @Test
    void theTicketQrIsAnSvgOnlyForARealTicket() {
        JsonNode t = HALL.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json();
        Reply qr = HALL.api.get("/api/v1/tickets/" + t.get("id").asText() + "/qr.svg", null);
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.contentType()).isEqualTo("image/svg+xml");
        assertThat(qr.text()).startsWith("<svg").contains("<path d=\"M");
        assertThat(HALL.api.get("/api/v1/tickets/nosuchticket/qr.svg", null).status()).isEqualTo(404);
    }

    private static String issue(String service) {
        return HALL.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}").json().get("number").asText();
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HALL.port() + path));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The path exactly as written, with no client tidying it first. */
    private static String rawStatusLine(String path) throws Exception {
        try (Socket s = new Socket("127.0.0.1", HALL.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(64), StandardCharsets.US_ASCII);
            return head.lines().findFirst().orElse("");
        }
    }
}
