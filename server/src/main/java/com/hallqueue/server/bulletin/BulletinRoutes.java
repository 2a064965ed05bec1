package com.hallqueue.server.bulletin;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Body;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.concurrent.CompletableFuture;

/** The hall's notices (通知公告): anyone reads them (the hall screen), managers change them live. */
public final class BulletinRoutes {

    private static final int TEXT_AT_MOST = 2000;

    private final HallContext hall;

    public BulletinRoutes(HallContext hall) {
        this.hall = hall;
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/bulletins", r -> done(Response.ok(hall.bulletins().all())),
                        doc("anyone", "通知公告 The hall's notices, in rotation order"))
                .add("POST", "/api/v1/bulletins", r -> hall.setting(r, () -> add(r)),
                        doc("manager", "发布公告 {kind,title,body}: 201; last in the rotation"))
                .add("PUT", "/api/v1/bulletins/{id}", r -> hall.setting(r, () -> edit(r)),
                        doc("manager", "修改公告 Any of {kind,title,body,position}: 200"))
                .add("DELETE", "/api/v1/bulletins/{id}", r -> hall.setting(r, () -> remove(r)),
                        doc("manager", "删除公告 Remove a notice: 200"));
    }

    private CompletableFuture<Response> add(Request r) {
        String by = Guard.manager(r).badge();
        Body body = r.json();
        Bulletin added = hall.bulletins().add(by, body.text("kind", TEXT_AT_MOST), body.text("title", TEXT_AT_MOST),
                body.text("body", TEXT_AT_MOST));
        return done(Response.json(HttpResponseStatus.CREATED, added));
    }

    private CompletableFuture<Response> edit(Request r) {
        String by = Guard.manager(r).badge();
        Body body = r.json();
        return done(Response.ok(hall.bulletins().edit(by, id(r), body.text("kind", TEXT_AT_MOST),
                body.text("title", TEXT_AT_MOST), body.text("body", TEXT_AT_MOST), body.integer("position"))));
    }

    private CompletableFuture<Response> remove(Request r) {
        String by = Guard.manager(r).badge();
        return done(Response.ok(hall.bulletins().remove(by, id(r))));
    }

    private static long id(Request r) {
        try {
            return Long.parseLong(r.param("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("没有此公告 / No notice " + r.param("id"));
        }
    }

    private static CompletableFuture<Response> done(Response response) {
        return CompletableFuture.completedFuture(response);
    }
}
