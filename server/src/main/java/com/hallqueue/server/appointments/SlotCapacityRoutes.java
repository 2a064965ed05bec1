package com.hallqueue.server.appointments;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import java.util.concurrent.CompletableFuture;

/** How many may book each appointment slot of a service, for managers, changed live. */
public final class SlotCapacityRoutes {

    private final HallContext hall;

    public SlotCapacityRoutes(HallContext hall) {
        this.hall = hall;
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/slot-capacity", this::now,
                        doc("manager", "预约名额 Each bookable service's capacity per slot"))
                .add("PUT", "/api/v1/slot-capacity/{service}", r -> hall.setting(r, () -> set(r)),
                        doc("manager", "修改名额 {capacity: 0..10000}: 200; the next booking goes by it"));
    }

    private CompletableFuture<Response> now(Request r) {
        Guard.manager(r);
        return CompletableFuture.completedFuture(Response.ok(hall.capacity().now()));
    }

    private CompletableFuture<Response> set(Request r) {
        String by = Guard.manager(r).badge();
        Integer capacity = r.json().integer("capacity");
        return CompletableFuture.completedFuture(Response.ok(hall.capacity().set(by, r.param("service"), capacity)));
    }
}
