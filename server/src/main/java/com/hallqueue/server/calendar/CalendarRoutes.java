package com.hallqueue.server.calendar;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Body;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The hall's calendar for managers, year by year: holidays and 调休 working days, changed live. */
public final class CalendarRoutes {

    private static final int TEXT_AT_MOST = 200;

    private final HallContext hall;

    public CalendarRoutes(HallContext hall) {
        this.hall = hall;
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/calendar", this::year,
                        doc("anyone", "节假日 The hall's holidays and 调休 working days of ?year"))
                .add("PUT", "/api/v1/calendar/{date}", r -> hall.setting(r, () -> set(r)), doc("manager",
                        "设置日期 {kind: HOLIDAY|WORKDAY|ORDINARY, name}: 200; opening hours and deadlines go by it at once"));
    }

    /** {@code ?year=2027}, this year by default. */
    private CompletableFuture<Response> year(Request r) {
        Guard.manager(r);
        int year = year(r.queryParam("year"));
        List<HallDay> days = hall.calendar().year(year);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", year);
        out.put("days", days);
        return CompletableFuture.completedFuture(Response.ok(out));
    }

    private CompletableFuture<Response> set(Request r) {
        Guard.manager(r);
        LocalDate date = date(r.param("date"));
        Body body = r.json();
        HallDay day = hall.calendar().set(Guard.manager(r).badge(), date, body.text("kind", TEXT_AT_MOST),
                body.text("name", TEXT_AT_MOST));
        return CompletableFuture.completedFuture(Response.ok(day));
    }

    private int year(String given) {
        if (given == null) {
            return hall.stats().today().getYear();
        }
        try {
            return Integer.parseInt(given);
        } catch (NumberFormatException e) {
            throw ApiException.badInput("year", "须为年份，如2027 / Must be a year such as 2027");
        }
    }

    private static LocalDate date(String given) {
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            throw ApiException.badInput("date", "日期格式须为 YYYY-MM-DD / The date must read YYYY-MM-DD");
        }
    }
}
