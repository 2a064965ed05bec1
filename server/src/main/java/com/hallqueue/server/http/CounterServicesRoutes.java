package com.hallqueue.server.http;

import static com.hallqueue.server.http.RouteDoc.doc;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Which services a counter calls, changed by a manager while the hall runs. The change is
 * the queue's own (the hall's writer records it as {@code counter.services_changed}), so it
 * is journalled before the answer, replayed at restart and taken in by every server of the hall.
 */
final class CounterServicesRoutes {

    /** Service codes are at most 8 characters wherever a client names one. */
    private static final int CODE_LENGTH = 8;
    private static final int MOST_SERVICES = 64;
    private final HallContext hall;

    CounterServicesRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("PUT", "/api/v1/counters/{n}/services", this::change,
                doc("manager", "窗口业务 Change the services counter n calls, from now on: {\"services\":[\"A\",\"B\"]} → "
                        + "200 Counter; a ticket it holds finishes as usual; 400 empty or unknown service, 404 no such counter"));
    }

    private CompletableFuture<Response> change(Request r) {
        String by = Guard.manager(r).badge();
        int n = r.counterNumber();
        List<String> services = r.json().texts("services", MOST_SERVICES, CODE_LENGTH);
        if (services == null || services.isEmpty()) {
            throw ApiException.badInput("services", "至少选择一项业务 / services must name at least one service");
        }
        return hall.change(r, e -> e.changeServices(n, services, by), Response::ok);
    }
}
