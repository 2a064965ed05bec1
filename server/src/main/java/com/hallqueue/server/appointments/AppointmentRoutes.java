package com.hallqueue.server.appointments;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.config.AppointmentRules;
import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Body;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import com.hallqueue.server.http.TicketQr;
import com.hallqueue.server.limits.RateLimiter;
import com.hallqueue.server.notify.Notifications;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Appointments (预约): the free places of a day, booking, looking a booking up and cancelling
 * it with its code, its QR code, and check-in at the kiosk. Anyone may book, so every
 * anonymous request that names or makes a code counts against its address's minute.
 */
public final class AppointmentRoutes {

    private static final int NAME_MAX = 20;

    private final HallContext hall;
    private final AppointmentRules rules;
    private final RateLimiter perAddress;
    private final BookingJson json;

    public AppointmentRoutes(HallContext hall) {
        this.hall = hall;
        this.rules = hall.config().appointments();
        this.perAddress = new RateLimiter(rules.bookingsPerMinute(), Duration.ofMinutes(1), Clock.systemUTC());
        this.json = new BookingJson(new CheckInWindow(rules, hall.config().zone()));
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/appointments/slots", this::slots,
                        doc("anyone", "预约时段 Slots of ?service&date with capacity, booked and free; "
                                + "appointmentOnly marks the nights and holiday hours kept for the booked (预约通关)"))
                .add("POST", "/api/v1/appointments", this::book,
                        doc("anyone, limited per address",
                                "预约 Book a slot: {\"service\",\"date\",\"start\",\"name\",\"phone\",\"notify\"?,\"aheadAt\"?}"
                                        + " → 201 booking; 409 with reason; notify: true asks for 短信提醒 on the ticket"
                                        + " its check-in issues"))
                .add("GET", "/api/v1/appointments/{code}", this::get,
                        doc("anyone holding the code, limited per address", "查预约 A booking by its code"))
                .add("DELETE", "/api/v1/appointments/{code}", this::cancel,
                        doc("anyone holding the code, limited per address",
                                "取消预约 Cancel a booking: 200, its place free again"))
                .add("GET", "/api/v1/appointments/{code}/qr.svg", this::qr,
                        doc("anyone", "预约二维码 The QR code of the booking's page"))
                .add("POST", "/api/v1/appointments/{code}/check-in", this::checkIn,
                        doc("kiosk token",
                                "预约签到 Check in: 201 priority Ticket; 409 too-early, too-late, already-used, cancelled"));
        new RemoteTicketRoutes(hall).register(router);
    }

    private CompletableFuture<Response> slots(Request r) {
        String service = required(r.queryParam("service"), "service");
        LocalDate date = date(required(r.queryParam("date"), "date"));
        return hall.read(e -> e.slots(service, date)).thenApply(slots -> Response.ok(json.slots(service, date, slots)));
    }

    private CompletableFuture<Response> book(Request r) {
        limit(r);
        Body body = r.json();
        String service = body.requiredText("service", 8);
        LocalDate date = date(body.requiredText("date", 10));
        LocalTime start = time(body.requiredText("start", 5));
        String name = name(body.requiredText("name", 64));
        String phone = Citizen.mobile(body.requiredText("phone", 20)).orElseThrow(() -> ApiException.badInput("phone",
                "请填写11位手机号 / must be an 11-digit mobile number"));
        Citizen who = Citizen.of(name, phone, hall.config().hall().name());
        if (body.bool("notify", false)) {
            return bookAndConsent(r, service, date, start, who, phone, body.integer("aheadAt"));
        }
        return hall.change(r, e -> e.book(service, date, start, who),
                b -> Response.json(HttpResponseStatus.CREATED, json.booking(b)));
    }

    /** 短信提醒 asked for when booking: the phone is kept first, the consent recorded with the booking. */
    private CompletableFuture<Response> bookAndConsent(Request r, String service, LocalDate date, LocalTime start,
                                                      Citizen who, String phone, Integer aheadAtGiven) {
        Notifications n = hall.notifications();
        int aheadAt = n.aheadAt(aheadAtGiven);
        Notifications.PhoneKept kept = n.keepPhone(phone);
        return hall.change(r, e -> {
            Booking b = e.book(service, date, start, who);
            n.consentForBooking(e, b.code(), kept, aheadAt);
            return b;
        }, b -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>(json.booking(b));
            m.put("notify", Map.of("phone", kept.maskedPhone(), "aheadAt", aheadAt));
            return Response.json(HttpResponseStatus.CREATED, m);
        });
    }

    private CompletableFuture<Response> get(Request r) {
        limit(r);
        String code = code(r);
        return hall.read(e -> e.booking(code)).thenApply(b -> Response.ok(json.booking(b)));
    }

    private CompletableFuture<Response> cancel(Request r) {
        limit(r);
        String code = code(r);
        return hall.change(r, e -> e.cancelBooking(code), b -> Response.ok(json.booking(b)));
    }

    /** The QR code the kiosk's scanner reads: the booking page's address with the code. Names no booking, so no lookup. */
    private CompletableFuture<Response> qr(Request r) {
        String url = TicketQr.pageUrl(hall.config().screens().publicUrl(), r.host(),
                hall.basePath() + "/book?code=" + code(r));
        return CompletableFuture.completedFuture(new Response(HttpResponseStatus.OK, "image/svg+xml", TicketQr.svg(url),
                Map.of("Cache-Control", "private, max-age=86400")));
    }

    private CompletableFuture<Response> checkIn(Request r) {
        Caller.Kiosk kiosk = Guard.kiosk(r);
        String code = code(r);
        return hall.change(r, e -> e.checkIn(code, kiosk.id()),
                c -> Response.json(HttpResponseStatus.CREATED, c.ticket()));
    }

    /** Anonymous callers get {@code bookingsPerMinute} requests a minute per address; devices and staff are not held. */
    private void limit(Request r) {
        if (r.caller() instanceof Caller.Anonymous && !perAddress.tryAcquire(r.client())) {
            long seconds = Math.max(1, perAddress.retryAfter(r.client()).toSeconds());
            throw ApiException.tooManyRequests("请求过于频繁，请" + seconds + "秒后再试 / Too many requests; try again in "
                    + seconds + " s");
        }
    }

    private static String code(Request r) {
        return BookingCode.read(r.param("code"))
                .orElseThrow(() -> ApiException.notFound("没有此预约 / No such appointment"));
    }

    private static String name(String typed) {
        String name = typed.strip();
        if (name.codePointCount(0, name.length()) > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badInput("name", "请填写姓名（最多" + NAME_MAX + "字）/ must be a name of at most " + NAME_MAX
                    + " characters");
        }
        return name;
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badInput(field, "is required");
        }
        return value;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badInput("date", "must be a date YYYY-MM-DD, got \"" + text + "\"");
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badInput("start", "must be a time HH:mm, got \"" + text + "\"");
        }
    }
}
