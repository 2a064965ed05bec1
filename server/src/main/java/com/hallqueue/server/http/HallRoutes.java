package com.hallqueue.server.http;

import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.stats.By;
import com.hallqueue.server.stats.StatsRow;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The hall as a whole: the queue, statistics, health and metrics. */
final class HallRoutes {

    private static final int MAX_REPORT_DAYS = 366;
    private final HallContext hall;

    HallRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("GET", "/api/v1/queue", r -> hall.ask(QueueEngine::queue).thenApply(Response::ok))
                .add("GET", "/api/v1/stats", this::stats)
                .add("GET", "/api/v1/staffing", this::staffing)
                .add("GET", "/api/v1/audit", this::audit)
                .add("GET", "/health", r -> CompletableFuture.completedFuture(Response.ok(Map.of("status", "UP"))))
                .add("GET", "/metrics", r -> CompletableFuture.completedFuture(new Response(HttpResponseStatus.OK,
                        "text/plain; version=0.0.4; charset=utf-8",
                        hall.metrics().render().getBytes(StandardCharsets.UTF_8))));
    }

    private CompletableFuture<Response> stats(Request r) {
        Guard.manager(r);
        LocalDate today = LocalDate.now(hall.config().zone());
        LocalDate from = date(r, "from", today);
        LocalDate to = date(r, "to", from);
        if (to.isBefore(from) || from.plusDays(MAX_REPORT_DAYS).isBefore(to)) {
            throw ApiException.badInput("to", "must be on or after from, at most " + MAX_REPORT_DAYS + " days later");
        }
        String byText = r.queryParam("by") == null ? "counter" : r.queryParam("by");
        By by = By.parse(byText).orElseThrow(() -> ApiException.badInput("by", "must be counter, service, staff or hour"));
        String format = r.queryParam("format") == null ? "json" : r.queryParam("format");
        if (!format.equals("json") && !format.equals("csv")) {
            throw ApiException.badInput("format", "must be json or csv");
        }
        List<StatsRow> rows = hall.stats().rows(from, to, by);
        return CompletableFuture.completedFuture(format.equals("csv")
                ? new Response(HttpResponseStatus.OK, "text/csv; charset=utf-8", StatsCsv.render(rows, by))
                : Response.ok(Map.of("from", from, "to", to, "by", byText, "rows", rows)));
    }

    /** Staffing advice for a recorded day (default yesterday): blocking, so it runs on this worker. */
    private CompletableFuture<Response> staffing(Request r) {
        Guard.manager(r);
        LocalDate day = date(r, "date", LocalDate.now(hall.config().zone()).minusDays(1));
        return CompletableFuture.completedFuture(Response.ok(hall.staffing().plan(day)));
    }

    /** Who did what and when, for managers: logins and logouts, and every action staff took. */
    private CompletableFuture<Response> audit(Request r) {
        Guard.manager(r);
        LocalDate today = LocalDate.now(hall.config().zone());
        LocalDate from = date(r, "from", today);
        LocalDate to = date(r, "to", from);
        if (to.isBefore(from) || from.plusDays(MAX_REPORT_DAYS).isBefore(to)) {
            throw ApiException.badInput("to", "must be on or after from, at most " + MAX_REPORT_DAYS + " days later");
        }
        java.time.Instant start = from.atStartOfDay(hall.config().zone()).toInstant();
        java.time.Instant end = to.plusDays(1).atStartOfDay(hall.config().zone()).toInstant();
        return CompletableFuture.completedFuture(Response.ok(Map.of("entries", AuditLog.entries(hall.store(), start, end))));
    }

    private static LocalDate date(Request r, String name, LocalDate fallback) {
        String text = r.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badInput(name, "must be a date YYYY-MM-DD");
        }
    }
}
