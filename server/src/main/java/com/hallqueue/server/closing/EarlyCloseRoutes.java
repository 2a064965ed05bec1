package com.hallqueue.server.closing;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.http.DayRange;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** 不提前结束营业: the manager's list of counters closed early on waiting citizens, with the reasons. */
public final class EarlyCloseRoutes {

    private final HallContext hall;

    public EarlyCloseRoutes(HallContext hall) {
        this.hall = hall;
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/early-closes", this::list, doc("manager",
                "提前结束营业 Counters closed before closing time on citizens nobody else could serve, "
                        + "?from=DATE&to=DATE (default today): 200 {\"count\",\"closes\":[{\"at\",\"counter\",\"staff\",\"reason\"}]}"));
    }

    /** Reads the event log: blocking, so it runs on this worker. */
    private CompletableFuture<Response> list(Request r) {
        Guard.manager(r);
        DayRange days = DayRange.of(r, hall.stats().today());
        List<EarlyClose> closes = new EarlyCloseLog(hall.store(), hall.config().zone(), hall.staff()::nameOf)
                .between(days.from(), days.to());
        return CompletableFuture.completedFuture(Response.ok(Map.of("count", closes.size(), "closes", closes)));
    }
}
