package com.hallqueue.server.appointments;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.config.AppointmentRules;
import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Body;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import com.hallqueue.server.limits.RateLimiter;
import com.hallqueue.server.queue.Refusal;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A number for today taken from a phone near the hall, without an appointment: a normal
 * ticket that waits like any walk-in and is followed on its status page. Each phone may take
 * {@code remoteTickets.perPhonePerDay} in any 24 hours; each address a few a minute.
 */
final class RemoteTicketRoutes {

    private final HallContext hall;
    private final AppointmentRules rules;
    private final RateLimiter perPhone;
    private final RateLimiter perAddress;

    RemoteTicketRoutes(HallContext hall) {
        this.hall = hall;
        this.rules = hall.config().appointments();
        Clock clock = Clock.systemUTC();
        this.perPhone = new RateLimiter(Math.max(1, rules.remotePerPhonePerDay()), Duration.ofDays(1), clock);
        this.perAddress = new RateLimiter(rules.remotePerMinute(), Duration.ofMinutes(1), clock);
    }

    void register(Router router) {
        router.add("POST", "/api/v1/remote-tickets", this::issue,
                        doc("anyone, limited per phone and address",
                                "线上取号 A normal ticket for today from a phone: {\"service\",\"phone\"} → 201 Ticket"));
    }

    private CompletableFuture<Response> issue(Request r) {
        if (!rules.remoteTickets()) {
            throw Refusal.conflict("本厅不提供手机取号 / This hall does not issue numbers to phones");
        }
        if (r.caller() instanceof Caller.Anonymous && !perAddress.tryAcquire(r.client())) {
            throw ApiException.tooManyRequests("请求过于频繁，请稍后再试 / Too many requests; try again in a minute");
        }
        Body body = r.json();
        String service = body.requiredText("service", 8);
        String phone = Citizen.mobile(body.requiredText("phone", 20)).orElseThrow(() -> ApiException.badInput("phone",
                "请填写11位手机号 / must be an 11-digit mobile number"));
        String key = Citizen.phoneKey(phone, hall.config().hall().name());
        if (!perPhone.tryAcquire(key)) {
            throw ApiException.tooManyRequests("此手机号今日取号次数已满 / This phone has taken "
                    + rules.remotePerPhonePerDay() + " numbers in the last 24 hours");
        }
        return hall.change(r, e -> e.issue(service, false, null), t -> Response.json(HttpResponseStatus.CREATED, t))
                .whenComplete((ok, failed) -> {
                    if (failed != null) {
                        perPhone.release(key);
                    }
                });
    }
}
