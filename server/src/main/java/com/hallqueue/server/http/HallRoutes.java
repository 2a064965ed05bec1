package com.hallqueue.server.http;

import com.hallqueue.server.queue.QueueEngine;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The hall as a whole: the queue, staffing advice, health and metrics. */
final class HallRoutes {

    private final HallContext hall;

    HallRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("GET", "/api/v1/queue", r -> hall.read(QueueEngine::queue).thenApply(Response::ok))
                .add("GET", "/api/v1/staffing", this::staffing)
                .add("GET", "/api/v1/audit", this::audit)
                .add("GET", "/health", r -> CompletableFuture.completedFuture(Response.ok(Map.of("status", "UP"))))
                .add("GET", "/health/ready", r -> CompletableFuture.completedFuture(Readiness.of(hall)))
                .add("GET", "/metrics", r -> CompletableFuture.completedFuture(new Response(HttpResponseStatus.OK,
                        "text/plain; version=0.0.4; charset=utf-8",
                        hall.metrics().render().getBytes(StandardCharsets.UTF_8))));
    }

    /** Staffing advice for a recorded day (default yesterday): blocking, so it runs on this worker. */
    private CompletableFuture<Response> staffing(Request r) {
        Guard.manager(r);
        LocalDate day = StatsRoutes.date(r, "date", hall.stats().today().minusDays(1));
        return CompletableFuture.completedFuture(Response.ok(hall.staffing().plan(day)));
    }

    /** Who did what and when, for managers: logins and logouts, every action staff took, every setting changed. */
    private CompletableFuture<Response> audit(Request r) {
        Guard.manager(r);
        StatsRoutes.Range days = StatsRoutes.range(r, hall.stats().today());
        ZoneId zone = hall.config().zone();
        Instant start = days.from().atStartOfDay(zone).toInstant();
        Instant end = days.to().plusDays(1).atStartOfDay(zone).toInstant();
        return CompletableFuture.completedFuture(Response.ok(Map.of("entries", AuditLog.entries(hall.store(), start, end))));
    }
}
