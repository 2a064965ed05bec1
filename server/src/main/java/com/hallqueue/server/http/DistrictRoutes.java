package com.hallqueue.server.http;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.appraisal.Appraisal;
import com.hallqueue.server.appraisal.Period;
import com.hallqueue.server.stats.By;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A district manager's view of every hall of a central deployment, side by side: the live
 * hall (counters and queue) and the statistics of the same days. Served by the home hall,
 * whose staff file names the district managers; they read, and change nothing.
 */
final class DistrictRoutes {

    private final Map<String, HallContext> halls;

    DistrictRoutes(Map<String, HallContext> halls) {
        this.halls = halls;
    }

    void register(Router router) {
        router.add("GET", "/api/v1/district/halls", this::live,
                        doc("a district manager of the home hall", "区域总览 Every hall's counters and queue, live"))
                .add("GET", "/api/v1/district/stats", this::stats,
                        doc("a district manager of the home hall", "区域统计 Every hall's report rows for the same days"))
                .add("GET", "/api/v1/district/appraisal/{period}", this::appraisal,
                        doc("a district manager of the home hall", "区域考核 Every hall's appraisal sheets of one period, side by side"));
    }

    private CompletableFuture<Response> live(Request r) {
        Guard.districtManager(r);
        List<CompletableFuture<Map<String, Object>>> each = new ArrayList<>();
        halls.forEach((id, hall) -> each.add(hall.ask(e -> {
            Map<String, Object> m = named(id, hall);
            m.put("counters", e.counters());
            m.put("queue", e.queue());
            return m;
        })));
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(done -> Response.ok(Map.of("halls", each.stream().map(CompletableFuture::join).toList())));
    }

    /** Each hall's rows for the same hall days; the reports read the database on this worker. */
    private CompletableFuture<Response> stats(Request r) {
        Guard.districtManager(r);
        HallContext home = halls.values().iterator().next();
        DayRange range = DayRange.of(r, home.stats().today());
        String byText = r.queryParam("by") == null ? "counter" : r.queryParam("by");
        By by = By.parse(byText)
                .orElseThrow(() -> ApiException.badInput("by", "must be counter, service, staff, hour or day"));
        List<Map<String, Object>> out = new ArrayList<>();
        halls.forEach((id, hall) -> {
            Map<String, Object> m = named(id, hall);
            m.put("rows", hall.stats().rows(range.from(), range.to(), by));
            out.add(m);
        });
        return CompletableFuture.completedFuture(Response.ok(Map.of("from", range.from(), "to", range.to(),
                "by", byText, "halls", out)));
    }

    /** Each hall's appraisal sheets of the same period, side by side: totals, grades, completeness. */
    private CompletableFuture<Response> appraisal(Request r) {
        Guard.districtManager(r);
        Period period = Appraisal.period(r.param("period"));
        List<CompletableFuture<Map<String, Object>>> each = new ArrayList<>();
        halls.forEach((id, hall) -> each.add(hall.read(e -> e.hallTime().toInstant()).thenApply(now -> {
            Map<String, Object> m = named(id, hall);
            m.put("rows", hall.appraisal().sheet(period, now));
            return m;
        })));
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).thenApply(done -> Response.ok(Map.of(
                "period", period.label(), "halls", each.stream().map(CompletableFuture::join).toList())));
    }

    private static Map<String, Object> named(String id, HallContext hall) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", hall.config().hall().name());
        m.put("nameEn", hall.config().hall().nameEn());
        return m;
    }
}
