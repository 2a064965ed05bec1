package com.hallqueue.server.http;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.limits.RateLimiter;
import com.hallqueue.server.printing.PrintJobJson;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.hallqueue.server.queue.TicketView;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Taking a number, following it and cancelling it; rating it is {@link RatingRoutes}'. */
final class TicketRoutes {

    private final HallContext hall;
    /** Per kiosk: at most its {@code ticketsPerMinute} in any minute (防恶意占号). */
    private final Map<String, RateLimiter> issueLimits = new ConcurrentHashMap<>();

    TicketRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("POST", "/api/v1/tickets", this::issue,
                        doc("kiosk token",
                                "取号 Take a number: {\"service\",\"priority\"} → 201 Ticket; 429 past the kiosk's tickets a minute; "
                                        + "409 type appointment-only with nextWalkInOpening in the hours kept for the booked"))
                .add("GET", "/api/v1/tickets/{id}", this::get,
                        doc("anyone holding the id", "一张号 A ticket: 200 Ticket (status, ahead, estimated wait)"))
                .add("GET", "/api/v1/tickets/{id}/qr.svg", this::qr,
                        doc("anyone holding the id", "号的二维码 The QR code of the ticket's status page (image/svg+xml)"))
                .add("POST", "/api/v1/tickets/{id}/cancel", this::cancel,
                        doc("kiosk or staff token", "取消 Cancel a waiting ticket: 200 Ticket"));
    }

    private CompletableFuture<Response> issue(Request r) {
        Caller.Kiosk kiosk = Guard.kiosk(r);
        RateLimiter limit = issueLimits.computeIfAbsent(kiosk.id(), id -> new RateLimiter(
                hall.config().devices().kiosk(id).map(k -> k.ticketsPerMinute()).orElse(60), Duration.ofMinutes(1),
                Clock.systemUTC()));
        if (!limit.tryAcquire(id(kiosk))) {
            long wait = Math.max(1, limit.retryAfter(id(kiosk)).toSeconds());
            throw ApiException.tooMany("取号过于频繁，请" + wait + "秒后再试 / Too many tickets from this kiosk; try again in "
                    + wait + " s", wait);
        }
        Body body = r.json();
        String service = body.requiredText("service", 8);
        boolean priority = body.bool("priority", false);
        String notice = body.text("notice", 32);
        if (notice != null && !notice.isBlank()) {
            // 一次性告知单 brought back: the return visit of the same matter (returnOf).
            return hall.change(r, e -> e.issueReturn(service, notice, kiosk.id()),
                    t -> Response.json(HttpResponseStatus.CREATED, t));
        }
        return hall.change(r, e -> e.issue(service, priority, kiosk.id()),
                t -> Response.json(HttpResponseStatus.CREATED, t));
    }

    private CompletableFuture<Response> get(Request r) {
        String id = r.param("id");
        return hall.read(e -> e.ticket(id)).thenApply(live -> Response.ok(live.orElseGet(() -> settled(id))));
    }

    /** The QR code of the ticket's status page; only for a ticket that exists. */
    private CompletableFuture<Response> qr(Request r) {
        String id = r.param("id");
        return hall.read(e -> e.ticket(id)).thenApply(live -> {
            TicketView t = live.orElseGet(() -> settled(id));
            String url = TicketQr.pageUrl(hall.config().screens().publicUrl(), r.host(),
                    hall.basePath() + PrintJobJson.STATUS_PATH + t.id());
            return new Response(HttpResponseStatus.OK, "image/svg+xml", TicketQr.svg(url),
                    java.util.Map.of("Cache-Control", "private, max-age=86400"));
        });
    }

    private CompletableFuture<Response> cancel(Request r) {
        String id = r.param("id");
        return hall.change(r, e -> e.cancel(id), Response::ok);
    }

    private static String id(Caller.Kiosk kiosk) {
        return kiosk.id();
    }

    /** A ticket of an earlier day has left the hall's memory; the store still has it. */
    private TicketView settled(String id) {
        Optional<TicketView> stored = id.length() > 32 ? Optional.empty() : hall.store().ticket(id).map(TicketView::settled);
        return stored.orElseThrow(() -> ApiException.notFound("没有此号 / No such ticket"));
    }
}
