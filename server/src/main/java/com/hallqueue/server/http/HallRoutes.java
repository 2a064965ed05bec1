package com.hallqueue.server.http;

import static com.hallqueue.server.http.RouteDoc.doc;

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
        router.add("GET", "/api/v1/queue", r -> hall.read(QueueEngine::queue).thenApply(Response::ok),
                        doc("anyone", "排队 Waiting per service with the forecast wait and its range, and alerts"))
                .add("GET", "/api/v1/staffing", this::staffing,
                        doc("manager",
                                "排班建议 Staffing advice for a day: counters per service and hour (Erlang C), checked by the simulator"))
                .add("GET", "/api/v1/audit", this::audit,
                        doc("manager",
                                "审计日志 The audit log of a range of days: logins, actions, exports, refused ratings"))
                .add("GET", "/health", r -> CompletableFuture.completedFuture(Response.ok(Map.of("status", "UP"))),
                        doc("anyone", "存活 Liveness: 200 {\"status\":\"UP\"} while the process runs"))
                .add("GET", "/health/ready", r -> CompletableFuture.completedFuture(Readiness.of(hall)),
                        doc("anyone",
                                "就绪 Readiness: 200 when the hall can take writes (writer, database, disk), else 503 naming what failed"))
                .add("GET", "/metrics", r -> CompletableFuture.completedFuture(new Response(HttpResponseStatus.OK,
                        "text/plain; version=0.0.4; charset=utf-8",
                        hall.metrics().render().getBytes(StandardCharsets.UTF_8))),
                                doc("anyone", "指标 Prometheus text format"));
    }

    /** Staffing advice for a recorded day (default yesterday): blocking, so it runs on this worker. */
    private CompletableFuture<Response> staffing(Request r) {
        Guard.manager(r);
        LocalDate day = DayRange.date(r, "date", hall.stats().today().minusDays(1));
        return CompletableFuture.completedFuture(Response.ok(hall.staffing().plan(day)));
    }

    /** Who did what and when, for managers: logins and logouts, every action staff took, every setting changed. */
    private CompletableFuture<Response> audit(Request r) {
        Guard.manager(r);
        DayRange days = DayRange.of(r, hall.stats().today());
        ZoneId zone = hall.config().zone();
        Instant start = days.from().atStartOfDay(zone).toInstant();
        Instant end = days.to().plusDays(1).atStartOfDay(zone).toInstant();
        return CompletableFuture.completedFuture(Response.ok(Map.of("entries", AuditLog.entries(hall.store(), start, end))));
    }
}
