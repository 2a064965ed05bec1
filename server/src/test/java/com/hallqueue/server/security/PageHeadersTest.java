package com.hallqueue.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What the browser is told: every page runs only the hall's own script files, talks only to
 * its own server and the hall's other servers, may not be framed and sends no Referer; and
 * the page files themselves hold no inline script, no inline handler and write markup only
 * through the one escaping helper.
 */
class PageHeadersTest {

    private static final String OTHER = "http://10.0.0.3:8080";
    private static final RunningHall HALL = RunningHall.start(Halls.demoBeside(OTHER), Clock.systemUTC());
    private static final List<String> PAGES = List.of("/", "/kiosk", "/counter", "/display", "/display/counter/3",
            "/t/abc_DEF-1", "/book", "/manager", "/report", "/district");
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stop() {
        HALL.close();
    }

    @Test
    void everyPageRunsOnlyTheHallsOwnScriptsAndCannotBeFramed() throws Exception {
        for (String page : PAGES) {
            HttpResponse<String> r = get(page);
            String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(page).contains("default-src 'self'", "script-src 'self';", "object-src 'none'",
                    "base-uri 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(page).hasValue("no-referrer");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
        }
    }

    @Test
    void pagesMayTalkToTheHallsOtherServersAndToNoOtherSite() throws Exception {
        String policy = get("/display").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("connect-src 'self' " + OTHER + " ws://10.0.0.3:8080;")
                .contains("img-src 'self' " + OTHER + ";").contains("media-src 'self' " + OTHER + ";");
    }

    @Test
    void apiAnswersSendNoRefererAndAreNotSniffed() throws Exception {
        HttpResponse<String> r = get("/api/v1/hall");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    @Test
    void pagesHoldNoInlineScriptNorInlineHandlers() throws Exception {
        Pattern inline = Pattern.compile("<script(?![^>]*\\ssrc=)|\\son[a-z]+\\s*=|<style|\\sstyle\\s*=|javascript:",
                Pattern.CASE_INSENSITIVE);
        for (String page : PAGES) {
            assertThat(inline.matcher(get(page).body()).find()).as(page).isFalse();
        }
    }

    @Test
    void onlyTheEscapingHelperWritesMarkupIntoAPage() throws Exception {
        Pattern sink = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write");
        Path web = Path.of(PageHeadersTest.class.getClassLoader().getResource("web").toURI());
        List<Path> scripts;
        try (Stream<Path> files = Files.list(web)) {
            scripts = files.filter(f -> f.toString().endsWith(".js")).toList();
        }
        assertThat(scripts).hasSizeGreaterThan(10);
        for (Path script : scripts) {
            boolean writesMarkup = sink.matcher(Files.readString(script)).find();
            assertThat(writesMarkup).as(script.getFileName().toString())
                    .isEqualTo(script.getFileName().toString().equals("markup.js"));
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HALL.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
