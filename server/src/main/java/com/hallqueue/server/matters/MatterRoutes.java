package com.hallqueue.server.matters;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Body;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import com.hallqueue.server.queue.CounterMatter;
import com.hallqueue.server.queue.Refusal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Matters over HTTP: the 一次性告知单 by its code, the matters left open for the manager
 * (限时办结), and the matter at a counter for the staff member working there. Finishing with
 * an outcome and the return visit's ticket are the counters' and tickets' routes; they read
 * their bodies here.
 */
public final class MatterRoutes {

    private final HallContext hall;

    public MatterRoutes(HallContext hall) {
        this.hall = hall;
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/notices/{code}", this::notice, doc("anyone holding the code",
                        "一次性告知单 {code,service,materials,note,issuedAt,counter,staff}"))
                .add("GET", "/api/v1/matters", this::matters,
                        doc("manager", "限时办结 Open or overdue matters (?state=open|overdue) by service, counter and staff"))
                .add("POST", "/api/v1/matters/{code}/close", this::close, doc("staff or manager",
                        "后台办理办结 Close a matter whose work went on after its DONE visit (afterVisit): 200 the matter; "
                                + "409 for a 告知单, which closes with the return visit"))
                .add("GET", "/api/v1/counters/{n}/matters", this::ofCounter, doc("the staff member working at n",
                        "后台办理 The open matters whose work goes on after the visit that n is responsible for: "
                                + "200 {\"matters\":[…]}, soonest due first"))
                .add("GET", "/api/v1/counters/{n}/matter", this::atCounter, doc("the staff member working at n",
                        "首问负责 The matter of n's current ticket: its first counter and the notice of its first visit"));
    }

    /**
     * {@code {"outcome":"NOTICE","materials":[…],"note":"…"}}; no body at all is DONE. The
     * counter's finish route reads how a visit ended with this, so the outcome's rules stay here.
     */
    public static VisitEnd visitEnd(Body body) {
        String outcome = body.text("outcome", 16);
        Outcome how;
        try {
            how = outcome == null ? Outcome.DONE : Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badInput("outcome", "must be DONE, NOTICE or REFUSED");
        }
        return new VisitEnd(how, body.texts("materials", VisitEnd.MAX_MATERIALS, VisitEnd.MATERIAL_LENGTH),
                body.text("note", VisitEnd.NOTE_LENGTH));
    }

    /** Anyone holding the code: open notices from the hall, closed ones from the store. */
    private CompletableFuture<Response> notice(Request r) {
        String code = NoticeCodes.normalize(r.param("code"));
        if (code == null) {
            throw ApiException.notFound("没有此告知单 / No such notice");
        }
        return hall.read(e -> Map.entry(e.openNotice(code), e.hallTime().toInstant())).thenApply(found -> {
            Notice n = found.getKey().or(() -> hall.store().notice(code))
                    .orElseThrow(() -> ApiException.notFound("没有此告知单 / No such notice"));
            return Response.ok(NoticeJson.of(n, found.getValue()));
        });
    }

    /** {@code ?state=open} (the default) or {@code overdue}: the manager's list, with counts by service, counter, staff. */
    private CompletableFuture<Response> matters(Request r) {
        Guard.manager(r);
        String state = r.queryParam("state");
        if (state != null && !state.equals("open") && !state.equals("overdue")) {
            throw ApiException.badInput("state", "must be open or overdue");
        }
        boolean overdueOnly = "overdue".equals(state);
        return hall.read(e -> MatterBoard.of(e.openNotices(), e.hallTime().toInstant(), overdueOnly))
                .thenApply(board -> Response.ok(boardJson(board)));
    }

    private CompletableFuture<Response> close(Request r) {
        String badge = Guard.staff(r).badge();
        String code = r.param("code");
        return hall.change(r, e -> Map.entry(e.closeMatter(code, badge), e.hallTime().toInstant()),
                closed -> Response.ok(NoticeJson.of(closed.getKey(), closed.getValue())));
    }

    /** Only for whoever works at n, as the counter's current matter is. */
    private CompletableFuture<Response> ofCounter(Request r) {
        int n = r.counterNumber();
        String badge = Guard.staff(r).badge();
        return hall.read(e -> {
            if (!e.counterOfStaff(badge).equals(java.util.Optional.of(n))) {
                throw Refusal.forbidden("您未在" + n + "号窗口登录 / You are not working at counter " + n);
            }
            return Map.entry(MatterBoard.afterVisitOf(e.openNotices(), n), e.hallTime().toInstant());
        }).thenApply(m -> Response.ok(Map.of("matters",
                m.getKey().stream().map(x -> NoticeJson.of(x, m.getValue())).toList())));
    }

    private CompletableFuture<Response> atCounter(Request r) {
        int n = r.counterNumber();
        String badge = Guard.staff(r).badge();
        return hall.read(e -> Map.entry(e.counterMatter(n, badge), e.hallTime().toInstant()))
                .thenApply(m -> Response.ok(counterJson(m.getKey(), m.getValue())));
    }

    private static Map<String, Object> boardJson(MatterBoard b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("now", b.now());
        m.put("matters", b.matters().stream().map(n -> NoticeJson.of(n, b.now())).toList());
        m.put("byService", b.byService());
        m.put("byCounter", b.byCounter());
        m.put("byStaff", b.byStaff());
        return m;
    }

    private static Map<String, Object> counterJson(CounterMatter c, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("counter", c.counter());
        m.put("ticket", c.ticket());
        m.put("firstCounter", c.firstCounter());
        m.put("returnOf", c.returnOf());
        m.put("handOver", c.handOver());
        m.put("returnNotice", c.returnNotice() == null ? null : NoticeJson.of(c.returnNotice(), now));
        m.put("checklist", c.checklist() == null ? List.of() : c.checklist());
        m.put("timeLimitDays", c.timeLimitDays());
        return m;
    }
}
