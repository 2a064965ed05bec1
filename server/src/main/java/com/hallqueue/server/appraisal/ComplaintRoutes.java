package com.hallqueue.server.appraisal;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Body;
import com.hallqueue.server.http.DayRange;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import com.hallqueue.server.queue.EventType;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The complaints register over HTTP, for managers (the duty officer logs in as one): record,
 * list (open ones, or those received or due between two days), handle, close. Each entry says
 * whether it is overdue, so the hall head sees it first, and when the hall's chores escalated it
 * (超期升级, {@code complaint.escalated}). The rules are {@link ComplaintRegister}'s.
 */
public final class ComplaintRoutes {

    private final HallContext hall;
    private final ComplaintRegister register;

    public ComplaintRoutes(HallContext hall) {
        this.hall = hall;
        this.register = new ComplaintRegister(hall.config(), hall.store());
    }

    public void register(Router router) {
        router.add("POST", "/api/v1/complaints", this::record,
                        doc("manager", "投诉登记 Record a complaint received in person, by phone or by letter: 201"))
                .add("GET", "/api/v1/complaints", this::list, doc("manager", "投诉台账 The complaints register, overdue first"))
                .add("PUT", "/api/v1/complaints/{id}", this::handle,
                        doc("manager", "投诉处理 Change a complaint's handler, deadline or what was done: 200"))
                .add("POST", "/api/v1/complaints/{id}/close", this::close,
                        doc("manager", "投诉办结 Close with the outcome and the feedback given to the complainant: 200"));
    }

    private CompletableFuture<Response> record(Request r) {
        String by = Guard.manager(r).badge();
        Body b = r.json();
        ComplaintForm form = new ComplaintForm(b.requiredText("channel", 16), b.integer("counter"),
                b.text("staff", 16), b.text("service", 4), b.requiredText("what", Complaint.MAX_TEXT),
                b.text("contactName", 40), b.text("contactPhone", 40), date(b.text("dueDate", 10)),
                b.text("handler", 16));
        return now().thenCompose(now -> {
            Complaint draft = register.draft(form, by, now);
            return hall.change(r, e -> json(e.recordComplaint(draft), e.hallTime().toInstant()),
                    m -> Response.json(HttpResponseStatus.CREATED, m));
        });
    }

    private CompletableFuture<Response> list(Request r) {
        Guard.manager(r);
        DayRange days = r.queryParam("from") == null ? null : DayRange.of(r, hall.stats().today());
        return now().thenApply(now -> {
            List<Complaint> shown = days == null ? register.open() : register.between(days.from(), days.to());
            return Response.ok(Map.of("now", now, "complaints", shown.stream().map(c -> json(c, now)).toList()));
        });
    }

    private CompletableFuture<Response> handle(Request r) {
        String by = Guard.manager(r).badge();
        long id = id(r);
        Body b = r.json();
        String handler = b.text("handler", 16);
        String outcome = b.text("outcome", Complaint.MAX_TEXT);
        String feedback = b.text("feedback", Complaint.MAX_TEXT);
        return now().thenCompose(now -> {
            Complaint c = register.handled(id, handler, outcome, feedback);
            return hall.change(r, e -> json(e.changeComplaint(c, EventType.COMPLAINT_UPDATED, by),
                    e.hallTime().toInstant()), Response::ok);
        });
    }

    private CompletableFuture<Response> close(Request r) {
        String by = Guard.manager(r).badge();
        long id = id(r);
        Body b = r.json();
        String outcome = b.text("outcome", Complaint.MAX_TEXT);
        String feedback = b.text("feedback", Complaint.MAX_TEXT);
        return now().thenCompose(now -> {
            Complaint c = register.closed(id, outcome, feedback, by, now);
            return hall.change(r, e -> json(e.changeComplaint(c, EventType.COMPLAINT_CLOSED, by),
                    e.hallTime().toInstant()), Response::ok);
        });
    }

    private CompletableFuture<Instant> now() {
        return hall.read(e -> e.hallTime().toInstant());
    }

    private static long id(Request r) {
        try {
            return Long.parseLong(r.param("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("没有投诉 " + r.param("id") + " / No complaint " + r.param("id"));
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badInput("dueDate", "must be a date YYYY-MM-DD");
        }
    }

    static Map<String, Object> json(Complaint c, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("status", c.isOpen() ? "OPEN" : "CLOSED");
        m.put("channel", c.channel());
        m.put("counter", c.counter());
        m.put("staff", c.staffBadge());
        m.put("service", c.service());
        m.put("what", c.what());
        m.put("contact", c.contact());
        m.put("receivedAt", c.receivedAt());
        m.put("recordedBy", c.recordedBy());
        m.put("dueDate", c.dueDate().toString());
        m.put("dueAt", c.dueAt());
        m.put("overdue", c.overdue(now));
        m.put("escalatedAt", c.escalatedAt());
        m.put("handler", c.handler());
        m.put("outcome", c.outcome());
        m.put("feedback", c.feedback());
        m.put("closedAt", c.closedAt());
        m.put("closedBy", c.closedBy());
        return m;
    }
}
