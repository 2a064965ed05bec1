package com.hallqueue.server.stats;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.followup.CaseJson;
import com.hallqueue.server.followup.FollowUp;
import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.DayRange;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import com.hallqueue.server.store.AuditEntry;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The managers' figures: reports by counter, service, staff, hour or day (JSON, CSV or
 * Excel), each ticket's durations, and the follow-up cases of bad ratings. Reports read the
 * database on this worker thread; cases are opened and closed through the hall desk.
 */
public final class StatsRoutes {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final HallContext hall;

    public StatsRoutes(HallContext hall) {
        this.hall = hall;
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/stats", this::stats,
                        doc("manager",
                                "统计 Report rows by counter, service, staff, hour or day over ?from&to; format=json|csv|xlsx"))
                .add("GET", "/api/v1/stats/tickets", this::tickets,
                        doc("manager", "明细 Every ticket of ?from&to with its durations"))
                .add("GET", "/api/v1/cases", this::cases,
                        doc("manager",
                                "回访 Open follow-up cases of bad ratings, soonest due first; ?from&to for every case opened then"))
                .add("POST", "/api/v1/cases/{id}/close", this::closeCase,
                        doc("manager", "结案 Close a follow-up case: {\"note\"} (1–500 characters) → 200 case"))
                .add("POST", "/api/v1/cases/{id}/call-back", this::callBack,
                        doc("manager", "回访 The citizen of a 差评 case was called back: {\"note\"} → 200 case"));
    }

    private CompletableFuture<Response> stats(Request r) {
        Caller.Staff manager = Guard.manager(r);
        DayRange range = DayRange.of(r, hall.stats().today());
        String byText = r.queryParam("by") == null ? "counter" : r.queryParam("by");
        By by = By.parse(byText)
                .orElseThrow(() -> ApiException.badInput("by", "must be counter, service, staff, hour or day"));
        String format = format(r);
        List<StatsRow> rows = hall.stats().rows(range.from(), range.to(), by);
        if (!format.equals("json")) {
            // a file leaves the hall with staff's names and figures in it: the log says who took it
            hall.store().audit(new AuditEntry(Clock.systemUTC().instant(), manager.badge(), "export." + format, r.client()));
        }
        return CompletableFuture.completedFuture(switch (format) {
            case "csv" -> download("text/csv; charset=utf-8", StatsExport.csv(rows, by), range, byText + ".csv");
            case "xlsx" -> Response.ofFile(XLSX, StatsExport.xlsx(rows, by,
                    each -> hall.stats().tickets(range.from(), range.to(), each), hall.config().zone()),
                    attachment(range, byText + ".xlsx"));
            default -> Response.ok(Map.of("from", range.from(), "to", range.to(), "by", byText, "rows", rows));
        });
    }

    private CompletableFuture<Response> tickets(Request r) {
        Guard.manager(r);
        DayRange range = DayRange.of(r, hall.stats().today());
        Path file = JsonFile.write(json -> {
            json.writeStartObject();
            json.writeStringField("from", range.from().toString());
            json.writeStringField("to", range.to().toString());
            json.writeArrayFieldStart("tickets");
            hall.stats().tickets(range.from(), range.to(), JsonFile.each(json));
            json.writeEndArray();
            json.writeEndObject();
        });
        return CompletableFuture.completedFuture(Response.ofFile(Response.JSON, file, Map.of()));
    }

    /** Open cases from the hall; with {@code from} (and {@code to}), every case opened on those days. */
    private CompletableFuture<Response> cases(Request r) {
        Guard.manager(r);
        if (r.queryParam("from") == null) {
            return hall.read(e -> casesJson(e.openCases(), e.hallTime().toInstant())).thenApply(Response::ok);
        }
        DayRange range = DayRange.of(r, hall.stats().today());
        List<FollowUp> stored = hall.store().followUps(range.from().atStartOfDay(hall.config().zone()).toInstant(),
                range.to().plusDays(1).atStartOfDay(hall.config().zone()).toInstant());
        return hall.read(e -> e.hallTime().toInstant()).thenApply(now -> Response.ok(casesJson(stored, now)));
    }

    private CompletableFuture<Response> closeCase(Request r) {
        String badge = Guard.manager(r).badge();
        long id = caseId(r.param("id"));
        String note = r.json().requiredText("note", 500);
        return hall.change(r, e -> CaseJson.of(e.closeCase(id, badge, note), e.hallTime().toInstant(), hall.staff()::nameOf),
                Response::ok);
    }

    /** The citizen of a 差评 was called back (回访): what they said. */
    private CompletableFuture<Response> callBack(Request r) {
        String badge = Guard.manager(r).badge();
        long id = caseId(r.param("id"));
        String note = r.json().requiredText("note", 500);
        return hall.change(r, e -> CaseJson.of(e.callBack(id, badge, note), e.hallTime().toInstant(), hall.staff()::nameOf),
                Response::ok);
    }

    private Map<String, Object> casesJson(List<FollowUp> cases, Instant now) {
        return Map.of("now", now, "cases", cases.stream().map(c -> CaseJson.of(c, now, hall.staff()::nameOf)).toList());
    }

    private static long caseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("没有回访" + text + " / No follow-up case " + text);
        }
    }

    private static Response download(String type, byte[] body, DayRange range, String name) {
        return new Response(HttpResponseStatus.OK, type, body, attachment(range, name));
    }

    private static Map<String, String> attachment(DayRange range, String name) {
        String file = "hallqueue-" + range.from() + "_" + range.to() + "-" + name;
        return Map.of("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }

    private static String format(Request r) {
        String format = r.queryParam("format") == null ? "json" : r.queryParam("format");
        if (!List.of("json", "csv", "xlsx").contains(format)) {
            throw ApiException.badInput("format", "must be json, csv or xlsx");
        }
        return format;
    }
}
