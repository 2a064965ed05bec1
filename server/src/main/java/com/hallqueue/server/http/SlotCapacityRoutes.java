package com.hallqueue.server.http;

import java.util.concurrent.CompletableFuture;

/** How many may book each appointment slot of a service, for managers, changed live. */
final class SlotCapacityRoutes {

    private final HallContext hall;

    SlotCapacityRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("GET", "/api/v1/slot-capacity", this::now)
                .add("PUT", "/api/v1/slot-capacity/{service}", this::set);
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
