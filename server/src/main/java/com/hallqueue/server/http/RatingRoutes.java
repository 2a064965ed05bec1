package com.hallqueue.server.http;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.config.Devices;
import com.hallqueue.server.queue.Evaluation;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.RatingChannel;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.queue.TicketView;
import com.hallqueue.server.store.AuditEntry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The citizen rates the service, and only the citizen: from the ticket's page (holding its
 * id, no token), at the kiosk, or on the evaluator pad of the counter that served the ticket
 * (the device gateway's token). A staff or manager token is refused, so nobody scores their own
 * work; every refusal goes into the audit log. Each rating records the channel it came by.
 */
final class RatingRoutes {

    private static final String REFUSED = "rating.refused";
    private final HallContext hall;

    RatingRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("POST", "/api/v1/tickets/{id}/rating", this::rate,
                        doc("the citizen: the ticket's page, the kiosk, or the evaluator pad's gateway; never staff (403)",
                                "评价 Rate a served ticket once: {\"score\":1..5} → 200"));
    }

    private CompletableFuture<Response> rate(Request r) {
        Body body = r.json();
        Integer score = body.integer("score");
        if (score == null) {
            throw ApiException.badInput("score", "is required (1 to 5)");
        }
        Evaluation evaluation = new Evaluation(score, body.integer("efficiency"), body.integer("level"),
                body.integer("attitude"), body.text("opinion", Evaluation.MAX_OPINION)).checked();
        String id = r.param("id");
        return hall.change(r, rating(r, id, evaluation), Response::ok).whenComplete((ok, failure) -> {
            if (isRefusal(failure)) {
                audit(r);
            }
        });
    }

    /** The pad has keys for the overall level only: anything more it sent is not its citizen's. */
    private Function<QueueEngine, TicketView> rating(Request r, String id, Evaluation evaluation) {
        int score = evaluation.score();
        if (r.caller() instanceof Caller.Anonymous) {
            return e -> e.rate(id, evaluation, RatingChannel.PAGE);
        }
        if (r.caller() instanceof Caller.Kiosk) {
            return e -> e.rate(id, evaluation, RatingChannel.KIOSK);
        }
        List<Integer> pads = r.caller() instanceof Caller.Display d
                ? hall.config().devices().display(d.id()).map(Devices.Display::padCounters).orElse(List.of()) : List.of();
        if (pads.isEmpty()) {
            throw refused(r);
        }
        return e -> e.rateAtPad(id, score, pads);
    }

    private ApiException refused(Request r) {
        audit(r);
        return ApiException.forbidden("只有群众可以评价 / Only the citizen may rate: the ticket's page, the kiosk or the"
                + " evaluator of the counter that served it");
    }

    private static boolean isRefusal(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof Refusal refusal && refusal.kind() == Refusal.Kind.FORBIDDEN;
    }

    /** Who tried: a badge, or a device's id; the log's badge column is as wide as a badge. */
    private void audit(Request r) {
        Caller c = r.caller();
        String who = c instanceof Caller.Staff s ? s.badge() : c instanceof Caller.Display d ? d.id()
                : c instanceof Caller.Printer p ? p.kioskId() : "-";
        hall.store().audit(new AuditEntry(Clock.systemUTC().instant(), who.length() > 16 ? who.substring(0, 16) : who,
                REFUSED, r.client()));
    }
}
