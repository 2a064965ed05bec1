package com.hallqueue.server.http;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.limits.LoginThrottle;
import com.hallqueue.server.limits.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import com.hallqueue.server.access.StaffSessions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Staff login with badge and password, logout, and who-am-I for the counter page. */
final class AuthRoutes {

    private static final int ADDRESS_FAILURES = 30;
    private static final long BUSY_RETRY_SECONDS = 5;

    private final HallContext hall;
    private final LoginThrottle badgeAtAddress = new LoginThrottle(Clock.systemUTC());
    private final RateLimiter addressFailures = new RateLimiter(ADDRESS_FAILURES, Duration.ofMinutes(1), Clock.systemUTC());

    AuthRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("POST", "/api/v1/auth/login", this::login,
                        doc("anyone (throttled per badge and address)",
                                "登录 Staff login: {\"badge\",\"password\"} → 200 {\"token\",\"role\"}; 429 with Retry-After after repeated failures"))
                .add("POST", "/api/v1/auth/logout", this::logout,
                        doc("staff", "退出 Log out: the token stops working at once"))
                .add("GET", "/api/v1/auth/me", this::me,
                        doc("staff", "当前登录 Who this token belongs to: badge, name, role"));
    }

    /**
     * Guessing passwords is slowed down twice over: a badge tried from one address waits longer
     * after each failure past the first few ({@link LoginThrottle}), and an address may fail
     * {@value #ADDRESS_FAILURES} times a minute whatever the badges. Neither holds up the badge's
     * owner at another address.
     */
    private CompletableFuture<Response> login(Request r) {
        Body body = r.json();
        String badge = body.requiredText("badge", 16);
        String password = body.requiredText("password", 128);
        long wait = Math.max(seconds(badgeAtAddress.retryAfter(badge, r.client())),
                seconds(addressFailures.retryAfter(r.client())));
        if (wait > 0) {
            throw ApiException.tooMany("登录尝试过多，请" + wait + "秒后再试 / Too many failed logins; try again in "
                    + wait + " s", wait);
        }
        StaffSessions.Login login = check(badge, password, r.client()).orElseThrow(() -> {
            badgeAtAddress.failed(badge, r.client());
            addressFailures.tryAcquire(r.client());
            return ApiException.unauthorized("工号或密码错误 / Wrong badge number or password");
        });
        badgeAtAddress.succeeded(badge, r.client());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("token", login.token());
        out.put("role", login.role());
        out.put("badge", login.badge());
        out.put("name", login.name());
        out.put("expiresAt", login.expiresAt());
        return CompletableFuture.completedFuture(Response.ok(out));
    }

    private java.util.Optional<StaffSessions.Login> check(String badge, String password, String address) {
        try {
            return hall.sessions().login(badge, password, address);
        } catch (StaffSessions.Busy e) {
            throw ApiException.busy("登录人数过多，请稍后再试 / Too many logins at once; try again shortly",
                    BUSY_RETRY_SECONDS);
        }
    }

    /** Whole seconds, rounded up: a wait of 0.2 s is still a wait. */
    private static long seconds(Duration d) {
        return d.isZero() ? 0 : Math.max(1, (d.toMillis() + 999) / 1000);
    }

    private CompletableFuture<Response> logout(Request r) {
        hall.sessions().logout(Guard.staff(r), r.client());
        return CompletableFuture.completedFuture(Response.noContent());
    }

    private CompletableFuture<Response> me(Request r) {
        Caller.Staff staff = Guard.staff(r);
        return hall.read(e -> e.counterOfStaff(staff.badge())).thenApply(counter -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("badge", staff.badge());
            out.put("name", staff.name());
            out.put("role", staff.role());
            out.put("counter", counter.orElse(null));
            return Response.ok(out);
        });
    }
}
