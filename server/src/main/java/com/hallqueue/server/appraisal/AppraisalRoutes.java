package com.hallqueue.server.appraisal;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.config.AppraisalRubric;
import com.hallqueue.server.config.RubricPart;
import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Body;
import com.hallqueue.server.http.DayRange;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import com.hallqueue.server.store.AuditEntry;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Appraisal sheets over HTTP: the rubric, a period's sheets (JSON, CSV, Excel), one staff
 * member's sheet with its history, and a manager's mark of an assessed item. Staff read their
 * own sheet and nothing else; only managers mark. The rules are {@link Appraisal}'s.
 */
public final class AppraisalRoutes {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final HallContext hall;
    private final Appraisal appraisal;

    public AppraisalRoutes(HallContext hall) {
        this.hall = hall;
        this.appraisal = hall.appraisal();
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/appraisal/rubric", this::rubric,
                        doc("manager", "考核细则 The hall's rubric: parts, items (measured with their method, or assessed), grades"))
                .add("GET", "/api/v1/appraisal/{period}", this::sheet, doc("manager",
                        "考核表 Every staff member's sheet of a month (2026-12) or quarter (2026-Q4); format=csv|xlsx"))
                .add("GET", "/api/v1/appraisal/{period}/{badge}", this::ownSheet,
                        doc("manager, or the staff member themself", "个人考核表 One sheet with the history of its marks"))
                .add("PUT", "/api/v1/appraisal/{period}/{badge}/{item}", this::mark, doc("manager",
                        "评分 Score an assessed item {score,note}: 200 the row; 400 outside 0..points or for a measured item"))
                .add("GET", "/api/v1/evaluations", this::evaluations,
                        doc("manager", "好差评 Citizens' evaluations with their indicators and opinions"))
                .add("POST", "/api/v1/survey", this::survey,
                        doc("manager", "窗口部门服务态度评价表 Enter a returned form, when the hall has the survey on"))
                .add("GET", "/api/v1/survey", this::surveyResults,
                        doc("manager", "评价表结果 The survey's results per window and month"));
    }

    private CompletableFuture<Response> rubric(Request r) {
        Guard.manager(r);
        return CompletableFuture.completedFuture(Response.ok(rubricJson(appraisal.rubric())));
    }

    private CompletableFuture<Response> sheet(Request r) {
        Caller.Staff manager = Guard.manager(r);
        Period period = Appraisal.period(r.param("period"));
        String format = r.queryParam("format") == null ? "json" : r.queryParam("format");
        if (!List.of("json", "csv", "xlsx").contains(format)) {
            throw ApiException.badInput("format", "must be json, csv or xlsx");
        }
        return now().thenApply(now -> {
            List<SheetRow> rows = appraisal.sheet(period, now);
            if (format.equals("json")) {
                return Response.ok(Map.of("period", period.label(), "from", period.from(), "to", period.to(),
                        "rows", rows));
            }
            hall.store().audit(new AuditEntry(Clock.systemUTC().instant(), manager.badge(), "export." + format,
                    r.client()));
            byte[] body = format.equals("csv") ? SheetExport.csv(appraisal.rubric(), rows)
                    : SheetExport.xlsx(appraisal.rubric(), rows, period.label());
            String type = format.equals("csv") ? "text/csv; charset=utf-8" : XLSX;
            return new Response(HttpResponseStatus.OK, type, body, Map.of("Content-Disposition",
                    "attachment; filename=\"hallqueue-appraisal-" + period.label() + "." + format + "\""));
        });
    }

    /** One sheet and every mark given on it: a manager's, or the staff member's own. */
    private CompletableFuture<Response> ownSheet(Request r) {
        Caller.Staff caller = Guard.staff(r);
        String badge = r.param("badge");
        if (!caller.isManager() && !caller.badge().equals(badge)) {
            throw ApiException.forbidden("只能查看本人的考核表 / You may see your own sheet only");
        }
        Period period = Appraisal.period(r.param("period"));
        return now().thenApply(now -> Response.ok(Map.of("period", period.label(), "rubric",
                rubricJson(appraisal.rubric()), "row", appraisal.row(period, badge, now),
                "history", appraisal.history(period, badge))));
    }

    /**
     * The row is read before the mark is written and the mark laid over it on the hall's
     * thread, so the answer kept for a retry is the row as the mark left it, and the hall's
     * writer never waits for a read of the database.
     */
    private CompletableFuture<Response> mark(Request r) {
        String by = Guard.manager(r).badge();
        Period period = Appraisal.period(r.param("period"));
        Body body = r.json();
        Integer score = body.integer("score");
        String note = body.text("note", Mark.MAX_NOTE);
        return now().thenCompose(now -> {
            Mark mark = appraisal.mark(period, r.param("badge"), r.param("item"), score, note, by, now);
            SheetRow before = appraisal.row(period, mark.badge(), now);
            return hall.change(r, e -> appraisal.withMark(before, e.appraise(mark)), Response::ok);
        });
    }

    /** The citizens' evaluations of a range of hall days, with indicators and opinions: for managers. */
    private CompletableFuture<Response> evaluations(Request r) {
        Guard.manager(r);
        DayRange days = DayRange.of(r, hall.stats().today());
        return CompletableFuture.completedFuture(Response.ok(Map.of("from", days.from(), "to", days.to(),
                "evaluations", new Evaluations(hall.config(), hall.store()).between(days.from(), days.to()))));
    }

    /** A manager enters one returned 窗口部门服务态度评价表 (paper forms, collected by the department). */
    private CompletableFuture<Response> survey(Request r) {
        String by = Guard.manager(r).badge();
        Body b = r.json();
        Map<String, Integer> points = new LinkedHashMap<>();
        Survey.INDICATORS.keySet().forEach(field -> points.put(field, b.integer(field)));
        String form = new SurveyResults(hall.config(), hall.store()).form(b.integer("counter"), points);
        return hall.change(r, e -> {
            e.recordSurvey(form, by);
            return Map.of("counter", b.integer("counter"), "points", points);
        }, m -> Response.json(HttpResponseStatus.CREATED, m));
    }

    private CompletableFuture<Response> surveyResults(Request r) {
        Guard.manager(r);
        DayRange days = DayRange.of(r, hall.stats().today());
        return CompletableFuture.completedFuture(Response.ok(Map.of("from", days.from(), "to", days.to(),
                "indicators", Survey.INDICATORS, "windows",
                new SurveyResults(hall.config(), hall.store()).between(days.from(), days.to()))));
    }

    private CompletableFuture<Instant> now() {
        return hall.read(e -> e.hallTime().toInstant());
    }

    static Map<String, Object> rubricJson(AppraisalRubric rubric) {
        List<Map<String, Object>> parts = rubric.parts().stream().map(AppraisalRoutes::partJson).toList();
        return Map.of("parts", parts, "grades", rubric.grades());
    }

    private static Map<String, Object> partJson(RubricPart p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("points", p.points());
        m.put("items", p.items().stream().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", i.id());
            item.put("name", i.name());
            item.put("points", i.points());
            item.put("source", i.source());
            item.put("method", i.method());
            return item;
        }).toList());
        return m;
    }
}
