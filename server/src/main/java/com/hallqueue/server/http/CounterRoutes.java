package com.hallqueue.server.http;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.closing.EarlyClosing;
import com.hallqueue.server.matters.MatterRoutes;
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
        router.add("GET", "/api/v1/counters", r -> hall.read(QueueEngine::counters).thenApply(Response::ok),
                        doc("anyone", "窗口 Every counter: 200 [Counter]"))
                .add("GET", "/api/v1/counters/{n}", this::get, doc("anyone", "一个窗口 One counter: 200 Counter"))
                .add("POST", BASE + "open", this::open,
                        doc("staff", "开窗 Open counter n: this staff member now works there; 200 Counter"))
                .add("POST", BASE + "call-next", this::callNext,
                        doc("the staff member working at n, or its pad's gateway",
                                "叫号 Call the next ticket n may serve: 200 Ticket, 204 when nobody waits, 409 while a ticket is held or paused"))
                .add("POST", BASE + "recall", act((e, s) -> e.recall(s.n, s.badge(e))),
                        doc("the staff member working at n", "重呼 Call the current ticket again: 200 Ticket"))
                .add("POST", BASE + "start", act((e, s) -> e.start(s.n, s.badge(e))),
                        doc("the staff member working at n", "开始办理 The citizen arrived: 200 Ticket"))
                .add("POST", BASE + "finish", this::finish,
                        doc("the staff member working at n", "办结 Finish the current ticket (from CALLED or SERVING) with its "
                                + "outcome: none or {\"outcome\":\"DONE\"}; {\"outcome\":\"NOTICE\",\"materials\":[…],\"note\"} "
                                + "(一次性告知); {\"outcome\":\"REFUSED\",\"note\"} (不予受理); 200 Ticket"))
                .add("POST", BASE + "no-show", act((e, s) -> e.noShow(s.n, s.badge(e))),
                        doc("the staff member working at n", "过号 The citizen did not come: 200 Ticket"))
                .add("POST", BASE + "resume", act((e, s) -> e.resume(s.n, s.badge(e))),
                        doc("the staff member working at n", "恢复服务 Resume after a pause: 200 Counter"))
                .add("POST", BASE + "close", this::close,
                        doc("the staff member working at n", "关窗 Close the counter: none or {\"reason\",\"askIfEarly\"}; "
                                + "200 Counter. Before closing time while citizens wait whom no other open counter serves "
                                + "(不提前结束营业) the early close is reported to the manager, with the reason or as given "
                                + "without one; with \"askIfEarly\": true and no reason it is refused instead, 409 "
                                + "(reason \"early-close\"), so that the page asks why"))
                .add("POST", BASE + "transfer", this::transfer,
                        doc("the staff member working at n",
                                "转办 Transfer the current ticket: {\"service\"} or {\"counter\"}, and a \"note\" for the next counter, keeping its place; 200 Ticket"))
                .add("POST", BASE + "pause", this::pause,
                        doc("the staff member working at n", "暂停服务 Pause with a reason: {\"reason\"} → 200 Counter"))
                .add("POST", BASE + "return", this::returnNoShow,
                        doc("the staff member working at n",
                                "过号回来 A missed citizen came back: {\"number\"}, put behind the head; 200 Ticket"));
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

    /**
     * No body closes as before (an early close is then reported without a reason); {@code
     * "askIfEarly": true} is refused instead when a reason is needed, so that the page asks.
     */
    private CompletableFuture<Response> close(Request r) {
        At at = at(r);
        String reason = r.json().text("reason", EarlyClosing.REASON_LENGTH);
        boolean asks = r.json().bool("askIfEarly", false);
        return hall.change(r, e -> asks ? e.closeAsking(at.n, at.badge(e), reason) : e.close(at.n, at.badge(e), reason),
                Response::ok);
    }

    private CompletableFuture<Response> returnNoShow(Request r) {
        At at = at(r);
        String number = r.json().requiredText("number", 16);
        return hall.change(r, e -> e.returnNoShow(at.n, at.badge(e), number), Response::ok);
    }
}
