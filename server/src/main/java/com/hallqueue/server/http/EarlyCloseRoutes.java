package com.hallqueue.server.http;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.closing.EarlyClose;
import com.hallqueue.server.closing.EarlyCloseLog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** 不提前结束营业: the manager's list of counters closed early on waiting citizens, with the reasons. */
final class EarlyCloseRoutes {

    private final HallContext hall;

    EarlyCloseRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("GET", "/api/v1/early-closes", this::list, doc("manager",
                "提前结束营业 Counters closed before closing time on citizens nobody else could serve, "
                        + "?from=DATE&to=DATE (default today): 200 {\"count\",\"closes\":[{\"at\",\"counter\",\"staff\",\"reason\"}]}"));
    }

    /** Reads the event log: blocking, so it runs on this worker. */
    private CompletableFuture<Response> list(Request r) {
        Guard.manager(r);
        StatsRoutes.Range days = StatsRoutes.range(r, hall.stats().today());
        List<EarlyClose> closes = new EarlyCloseLog(hall.store(), hall.config().zone(), hall.staff()::nameOf)
                .between(days.from(), days.to());
        return CompletableFuture.completedFuture(Response.ok(Map.of("count", closes.size(), "closes", closes)));
    }
}
