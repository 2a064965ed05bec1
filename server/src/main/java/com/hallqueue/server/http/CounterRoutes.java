package com.hallqueue.server.http;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.matters.VisitEnd;
import com.hallqueue.server.queue.CounterView;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.queue.StaffRef;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The staff's call pad: every action at a counter, by the member of staff working there, or
 * by the device gateway whose bus holds that counter's hardware call pad, acting for them.
 */
final class CounterRoutes {

    private static final String BASE = "/api/v1/counters/{n}/";
    private final HallContext hall;

    CounterRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("GET", "/api/v1/counters", r -> hall.read(QueueEngine::counters).thenApply(Response::ok))
                .add("GET", "/api/v1/counters/{n}", this::get)
                .add("POST", BASE + "open", this::open)
                .add("POST", BASE + "call-next", this::callNext)
                .add("POST", BASE + "recall", act((e, s) -> e.recall(s.n, s.badge(e))))
                .add("POST", BASE + "start", act((e, s) -> e.start(s.n, s.badge(e))))
                .add("POST", BASE + "finish", this::finish)
                .add("POST", BASE + "no-show", act((e, s) -> e.noShow(s.n, s.badge(e))))
                .add("POST", BASE + "resume", act((e, s) -> e.resume(s.n, s.badge(e))))
                .add("POST", BASE + "close", act((e, s) -> e.close(s.n, s.badge(e))))
                .add("POST", BASE + "transfer", this::transfer)
                .add("POST", BASE + "pause", this::pause)
                .add("POST", BASE + "return", this::returnNoShow);
    }

    /** The counter number and who acts there: a member of staff, or (null) the counter's pad. */
    private record At(int n, String staffBadge) {

        /** Resolved on the hall's thread, so a pad acts for whoever works at the counter right now. */
        String badge(QueueEngine e) {
            if (staffBadge != null) {
                return staffBadge;
            }
            return e.counterView(n).map(CounterView::staff).map(StaffRef::badge).orElseThrow(() ->
                    Refusal.conflict("没有工作人员在" + n + "号窗口登录 / Nobody is working at counter " + n));
        }
    }

    private Router.Route act(BiFunction<QueueEngine, At, Object> action) {
        return r -> {
            At at = at(r);
            return hall.change(r, e -> action.apply(e, at), Response::ok);
        };
    }

    private At at(Request r) {
        int n = r.counterNumber();
        if (r.caller() instanceof Caller.Display d && hall.config().devices().display(d.id())
                .map(x -> x.drivesPadOf(n)).orElse(false)) {
            return new At(n, null);
        }
        return new At(n, Guard.staff(r).badge());
    }

    private CompletableFuture<Response> get(Request r) {
        int n = r.counterNumber();
        return hall.read(e -> e.counterView(n)).thenApply(c -> Response.ok(
                c.orElseThrow(() -> ApiException.notFound("没有" + n + "号窗口 / No counter " + n))));
    }

    private CompletableFuture<Response> open(Request r) {
        Caller.Staff staff = Guard.staff(r);
        int n = r.counterNumber();
        StaffRef who = new StaffRef(staff.badge(), staff.name());
        return hall.change(r, e -> e.open(n, who), Response::ok);
    }

    private CompletableFuture<Response> callNext(Request r) {
        At at = at(r);
        return hall.change(r, e -> e.callNext(at.n, at.badge(e)),
                t -> t.map(Response::ok).orElseGet(Response::noContent));
    }

    /** No body is DONE, as before outcomes were kept; see {@link MatterRoutes#visitEnd}. */
    private CompletableFuture<Response> finish(Request r) {
        At at = at(r);
        VisitEnd how = MatterRoutes.visitEnd(r.json());
        return hall.change(r, e -> e.finish(at.n, at.badge(e), how), Response::ok);
    }

    private CompletableFuture<Response> transfer(Request r) {
        At at = at(r);
        Body body = r.json();
        String service = body.text("service", 8);
        Integer counter = body.integer("counter");
        String note = body.text("note", 200);
        return hall.change(r, e -> e.transfer(at.n, at.badge(e), service, counter, note), Response::ok);
    }

    private CompletableFuture<Response> pause(Request r) {
        At at = at(r);
        String reason = r.json().text("reason", 100);
        return hall.change(r, e -> e.pause(at.n, at.badge(e), reason), Response::ok);
    }

    private CompletableFuture<Response> returnNoShow(Request r) {
        At at = at(r);
        String number = r.json().requiredText("number", 16);
        return hall.change(r, e -> e.returnNoShow(at.n, at.badge(e), number), Response::ok);
    }
}
