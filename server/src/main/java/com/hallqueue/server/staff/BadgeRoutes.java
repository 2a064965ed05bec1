package com.hallqueue.server.staff;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Body;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the hall shows of its staff to citizens: the 胸牌 on a counter screen (photo, name, 工号,
 * 职务) and the duty manager (值班主任) on the hall display. Anyone reads them, as anyone in the
 * hall sees them; managers change them. The rules are the staff roll's; here only the transport.
 */
final class BadgeRoutes {

    private static final int TEXT_AT_MOST = 200;

    private final HallContext hall;

    BadgeRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("GET", "/api/v1/staff/{badge}/card", this::card, doc("anyone",
                        "胸牌 An active member's {badge,name,title,photo,photoChangedAt}, for the counter screen: 200; 404"))
                .add("GET", "/api/v1/staff/{badge}/photo", this::photo, doc("anyone",
                        "照片 An active member's photo: image/jpeg or image/png; 404 without one"))
                .add("PUT", "/api/v1/staff/{badge}/photo", r -> hall.setting(r, () -> putPhoto(r)), doc("manager",
                        "上传照片 The body is the photo itself, a JPEG or PNG (told by its first bytes) of at most 60 KB: 200"))
                .add("DELETE", "/api/v1/staff/{badge}/photo", r -> hall.setting(r, () -> removePhoto(r)), doc("manager",
                        "删除照片 The 胸牌 shows the placeholder again: 200"))
                .add("GET", "/api/v1/duty", this::duty, doc("anyone",
                        "值班主任 The duty manager: 200 {\"onDuty\":{name,phone,named}|null}; named: set live, not the file's"))
                .add("PUT", "/api/v1/duty", r -> hall.setting(r, () -> nameDuty(r)), doc("manager",
                        "指定值班主任 {name,phone}: 200; every hall display shows them"))
                .add("DELETE", "/api/v1/duty", r -> hall.setting(r, () -> handBack(r)), doc("manager",
                        "恢复默认值班主任 Back to the hall file's duty manager: 200 {\"onDuty\":…}"));
    }

    private CompletableFuture<Response> card(Request r) {
        BadgeCard card = hall.staff().card(r.param("badge")).orElseThrow(() -> noMember(r));
        return done(Response.ok(card));
    }

    private CompletableFuture<Response> photo(Request r) {
        StaffPhoto photo = hall.staff().photo(r.param("badge")).orElseThrow(() -> ApiException.notFound(
                "没有照片 / No photo of " + r.param("badge")));
        return done(new Response(HttpResponseStatus.OK, photo.mediaType(), photo.content()));
    }

    private CompletableFuture<Response> putPhoto(Request r) {
        String by = Guard.manager(r).badge();
        return done(Response.ok(hall.staff().putPhoto(by, r.param("badge"), r.body())));
    }

    private CompletableFuture<Response> removePhoto(Request r) {
        String by = Guard.manager(r).badge();
        return done(Response.ok(hall.staff().removePhoto(by, r.param("badge"))));
    }

    private CompletableFuture<Response> duty(Request r) {
        return done(Response.ok(onDuty(hall.staff().duty().now().orElse(null))));
    }

    private CompletableFuture<Response> nameDuty(Request r) {
        String by = Guard.manager(r).badge();
        Body body = r.json();
        return done(Response.ok(onDuty(hall.staff().duty().name(by, body.text("name", TEXT_AT_MOST),
                body.text("phone", TEXT_AT_MOST)))));
    }

    private CompletableFuture<Response> handBack(Request r) {
        String by = Guard.manager(r).badge();
        return done(Response.ok(onDuty(hall.staff().duty().handBack(by).orElse(null))));
    }

    private static Map<String, Object> onDuty(DutyRoster.OnDuty on) {
        Map<String, Object> m = new HashMap<>();
        m.put("onDuty", on);
        return m;
    }

    private static ApiException noMember(Request r) {
        return ApiException.notFound("没有工号" + r.param("badge") + " / No member with badge " + r.param("badge"));
    }

    private static CompletableFuture<Response> done(Response response) {
        return CompletableFuture.completedFuture(response);
    }
}
