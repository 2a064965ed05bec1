package com.hallqueue.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The process's figures beside the hall's, the dashboard and alert rules against them, request ids. */
class MonitoringTest {

    private static final RunningHall HALL = RunningHall.demo();
    private static final Pattern METRIC = Pattern.compile("\\b((?:hallqueue|jvm|process)_[a-z_]+)");

    @AfterAll
    static void stop() {
        HALL.close();
    }

    @Test
    void metricsCarryTheJvmGarbageCollectionThreadsAndFileDescriptors() {
        String text = HALL.api.get("/metrics", null).text();
        assertThat(text).contains("jvm_memory_bytes_used{area=\"heap\"}", "jvm_gc_collection_seconds_count{gc=",
                "jvm_threads_current ", "process_open_fds ", "process_max_fds ", "process_cpu_seconds_total ",
                "# TYPE jvm_gc_collection_seconds summary");
        Matcher fds = Pattern.compile("process_open_fds (\\d+)").matcher(text);
        assertThat(fds.find()).isTrue();
        assertThat(Long.parseLong(fds.group(1))).isPositive();
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsUseIsServed() throws Exception {
        HALL.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}"); // so route latencies exist
        String served = HALL.api.get("/metrics", null).text();
        Set<String> used = new TreeSet<>();
        for (String file : new String[] {"grafana-dashboard.json", "prometheus-alerts.yml"}) {
            Matcher m = METRIC.matcher(Files.readString(Path.of("..", "docs", file)));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).contains("hallqueue_waiting", "jvm_gc_collection_seconds_sum", "process_open_fds",
                "hallqueue_http_request_seconds_bucket");
        assertThat(used).allSatisfy(name -> assertThat(served).as(name).containsPattern("(?m)^" + name + "[ {]"));
    }

    @Test
    void anAnswerCarriesTheRequestIdItWasGivenOrANewOne() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> given = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HALL.port()
                + "/api/v1/queue")).header("X-Request-Id", "lb-4711.a").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("lb-4711.a");
        Reply fresh = HALL.api.get("/api/v1/queue", null);
        assertThat(fresh.header("X-Request-Id")).matches("[0-9a-f]{16}");
        HttpResponse<String> odd = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HALL.port()
                + "/api/v1/queue")).header("X-Request-Id", "<script>").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(odd.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16}");
    }
}
