package com.hallqueue.server.staff;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.access.StaffSessions;
import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Body;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The hall's staff for managers, without a restart: list, add, change, take off. The rules
 * are the staff roll's; here only the transport. Runs on a worker: a new password's hash
 * takes about a second.
 */
public final class StaffRoutes {

    private static final long BUSY_RETRY_SECONDS = 5;
    /** Longer than any field may be; the roll's rules say how long each may be, naming it. */
    private static final int TEXT_AT_MOST = 200;

    private final HallContext hall;

    public StaffRoutes(HallContext hall) {
        this.hall = hall;
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/staff", this::list, doc("manager", "工作人员 The hall's staff: 200 [{badge,name,role,active}]"))
                .add("POST", "/api/v1/staff", r -> hall.setting(r, () -> add(r)), doc("manager",
                        "新增人员 Add a member {badge,name,role,password}: 201; logs in at once on every server"))
                .add("PUT", "/api/v1/staff/{badge}", r -> hall.setting(r, () -> edit(r)), doc("manager",
                        "修改人员 Change name, role, title (职务; \"\" takes it away) or password, or bring back"
                                + " ({\"active\":true}): 200"))
                .add("DELETE", "/api/v1/staff/{badge}", r -> hall.setting(r, () -> takeOff(r)), doc("manager",
                        "停用人员 Take a member off the hall: 200; their tokens stop working at once (401)"));
        new BadgeRoutes(hall).register(router);
    }

    private CompletableFuture<Response> list(Request r) {
        Guard.manager(r);
        return done(Response.ok(hall.staff().members()));
    }

    private CompletableFuture<Response> add(Request r) {
        Caller.Staff by = Guard.manager(r);
        Body body = r.json();
        StaffMember added = hashing(() -> hall.staff().add(by.badge(), body.text("badge", TEXT_AT_MOST),
                body.text("name", TEXT_AT_MOST), body.text("role", TEXT_AT_MOST), body.text("password", TEXT_AT_MOST)));
        return done(Response.json(HttpResponseStatus.CREATED, added));
    }

    private CompletableFuture<Response> edit(Request r) {
        Caller.Staff by = Guard.manager(r);
        Body body = r.json();
        MemberEdit edit = new MemberEdit(body.text("name", TEXT_AT_MOST), body.text("role", TEXT_AT_MOST),
                body.text("password", TEXT_AT_MOST), optionalBool(body, "active"), body.text("title", TEXT_AT_MOST));
        return done(Response.ok(hashing(() -> hall.staff().edit(by.badge(), r.param("badge"), edit))));
    }

    /** Their counter is closed first; while they hold a ticket there, nothing changes (409). */
    private CompletableFuture<Response> takeOff(Request r) {
        Caller.Staff by = Guard.manager(r);
        String badge = r.param("badge");
        return done(Response.ok(hall.staff().takeOff(by.badge(), badge, () -> leaveCounter(badge))));
    }

    private void leaveCounter(String badge) {
        try {
            hall.ask(e -> {
                // the manager's decision is the reason, should citizens still wait for that counter alone
                e.counterOfStaff(badge).ifPresent(n -> e.close(n, badge, "管理员停用工号 / Taken off the staff by a manager"));
                return null;
            }).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static <T> T hashing(Supplier<T> change) {
        try {
            return change.get();
        } catch (StaffSessions.Busy e) {
            throw ApiException.busy("服务器繁忙，请稍后再试 / Too many passwords being checked; try again shortly",
                    BUSY_RETRY_SECONDS);
        }
    }

    /** True, false, or null when the field is absent: asked twice with opposite defaults. */
    private static Boolean optionalBool(Body body, String field) {
        boolean absentFalse = body.bool(field, false);
        return absentFalse == body.bool(field, true) ? absentFalse : null;
    }

    private static CompletableFuture<Response> done(Response response) {
        return CompletableFuture.completedFuture(response);
    }
}
