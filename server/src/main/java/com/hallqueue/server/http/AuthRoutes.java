package com.hallqueue.server.http;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.access.StaffSessions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Staff login with badge and password, logout, and who-am-I for the counter page. */
final class AuthRoutes {

    private final HallContext hall;

    AuthRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("POST", "/api/v1/auth/login", this::login)
                .add("POST", "/api/v1/auth/logout", this::logout)
                .add("GET", "/api/v1/auth/me", this::me);
    }

    private CompletableFuture<Response> login(Request r) {
        Body body = r.json();
        String badge = body.requiredText("badge", 16);
        String password = body.requiredText("password", 128);
        StaffSessions.Login login = hall.sessions().login(badge, password)
                .orElseThrow(() -> ApiException.unauthorized("工号或密码错误 / Wrong badge number or password"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("token", login.token());
        out.put("role", login.role());
        out.put("badge", login.badge());
        out.put("name", login.name());
        out.put("expiresAt", login.expiresAt());
        return CompletableFuture.completedFuture(Response.ok(out));
    }

    private CompletableFuture<Response> logout(Request r) {
        hall.sessions().logout(Guard.staff(r));
        return CompletableFuture.completedFuture(Response.noContent());
    }

    private CompletableFuture<Response> me(Request r) {
        Caller.Staff staff = Guard.staff(r);
        return hall.ask(e -> e.counterOfStaff(staff.badge())).thenApply(counter -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("badge", staff.badge());
            out.put("name", staff.name());
            out.put("role", staff.role());
            out.put("counter", counter.orElse(null));
            return Response.ok(out);
        });
    }
}
