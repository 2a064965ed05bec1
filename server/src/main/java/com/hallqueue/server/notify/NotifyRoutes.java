package com.hallqueue.server.notify;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Body;
import com.hallqueue.server.http.DayRange;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** 短信提醒 over HTTP: the citizen's consent on the ticket's page, and the outbox for managers. */
public final class NotifyRoutes {

    private static final Set<String> STATES = Set.of("PENDING", "SENDING", "SENT", "FAILED", "DROPPED");
    private static final int LIST_AT_MOST = 200;

    private final HallContext hall;

    public NotifyRoutes(HallContext hall) {
        this.hall = hall;
    }

    public void register(Router router) {
        router.add("POST", "/api/v1/tickets/{id}/notify", this::consent,
                        doc("anyone holding the id",
                                "短信提醒 Be told when N are ahead and when called: {\"phone\",\"aheadAt\"?} → 200"
                                        + " {\"ticket\",\"phone\"(masked),\"aheadAt\"}; 409 once called or over"))
                .add("DELETE", "/api/v1/tickets/{id}/notify", this::withdraw,
                        doc("anyone holding the id", "取消提醒 Withdraw the consent; the phone is forgotten: 200"))
                .add("GET", "/api/v1/tickets/{id}/notify", this::consentOf,
                        doc("anyone holding the id", "提醒状态 Whether messages were asked for, and to which phone (masked)"))
                .add("GET", "/api/v1/notifications", this::report,
                        doc("manager", "短信发送情况 Messages decided on days from..to (default today): counts by"
                                + " state and the latest, ?state=PENDING|SENT|FAILED|DROPPED&limit=50"));
    }

    private CompletableFuture<Response> consent(Request r) {
        String id = r.param("id");
        Body body = r.json();
        Notifications n = hall.notifications();
        int aheadAt = n.aheadAt(body.integer("aheadAt"));
        String phone = body.requiredText("phone", 20);
        return hall.read(e -> e.ticket(id).isPresent()).thenCompose(known -> {
            if (!known) {
                throw ApiException.notFound("没有此号 / No ticket " + id);
            }
            Notifications.PhoneKept kept = n.keepPhone(phone); // on a worker: forced to disk before the consent
            return hall.change(r, n.consent(id, kept, aheadAt),
                    t -> Response.ok(consentJson(t.number(), kept.maskedPhone(), aheadAt)));
        });
    }

    private CompletableFuture<Response> withdraw(Request r) {
        String id = r.param("id");
        Notifications n = hall.notifications();
        // the answer may be made on the hall's writer (with a retry key): the phone is forgotten after, off it
        java.util.concurrent.atomic.AtomicReference<String> withdrawn = new java.util.concurrent.atomic.AtomicReference<>();
        return hall.change(r, n.withdraw(id), holder -> {
            withdrawn.set(holder);
            return Response.ok(Map.of("withdrawn", true));
        }).thenApply(answer -> {
            if (withdrawn.get() != null) {
                n.forgetPhone(withdrawn.get());
            }
            return answer;
        });
    }

    private CompletableFuture<Response> consentOf(Request r) {
        String id = r.param("id");
        Notifications n = hall.notifications();
        return hall.read(n.holderOf(id)).thenApply(holder -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("enabled", n.enabled());
            m.put("phone", n.maskedPhoneOf(holder));
            return Response.ok(m);
        });
    }

    private CompletableFuture<Response> report(Request r) {
        Guard.manager(r);
        DayRange days = DayRange.of(r, hall.stats().today());
        String state = r.queryParam("state");
        if (state != null && !STATES.contains(state)) {
            throw ApiException.badInput("state", "must be PENDING, SENDING, SENT, FAILED or DROPPED");
        }
        ZoneId zone = hall.config().zone();
        Instant from = days.from().atStartOfDay(zone).toInstant();
        Instant to = days.to().plusDays(1).atStartOfDay(zone).toInstant();
        return CompletableFuture.completedFuture(Response.ok(hall.notifications().report(from, to, state, limit(r))));
    }

    private static int limit(Request r) {
        String text = r.queryParam("limit");
        try {
            int n = text == null ? 50 : Integer.parseInt(text);
            if (n >= 1 && n <= LIST_AT_MOST) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badInput("limit", "must be 1 to " + LIST_AT_MOST);
    }

    private static Map<String, Object> consentJson(String number, String phone, int aheadAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ticket", number);
        m.put("phone", phone);
        m.put("aheadAt", aheadAt);
        return m;
    }
}
