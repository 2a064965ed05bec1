package com.hallqueue.server.broadcast;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.http.Body;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import com.hallqueue.server.queue.EventType;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The emergency broadcast (紧急情况): managers send and clear it, anyone (every screen, the
 * gateway) reads it. The broadcast package keeps it first; then the hall's event stream tells
 * every screen of every server at once.
 */
public final class BroadcastRoutes {

    /** Longer than any field may be; the broadcast's rules say how long each may be, naming it. */
    private static final int TEXT_AT_MOST = 1000;

    private final HallContext hall;

    public BroadcastRoutes(HallContext hall) {
        this.hall = hall;
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/broadcast", this::current, doc("anyone",
                        "紧急广播 The emergency broadcast up now: 200 {\"broadcast\":{id,kind,title,titleEn,says,saysEn,text,startedAt,until}|null}"))
                .add("POST", "/api/v1/broadcast", r -> hall.setting(r, () -> send(r)), doc("manager",
                        "发布紧急广播 {kind:EVACUATION|FIRE_DRILL|SYSTEM_FAILURE|NOTICE,text,until?}: 201; every screen,"
                                + " strip and the voice at once (broadcast.started)"))
                .add("DELETE", "/api/v1/broadcast", r -> hall.setting(r, () -> clear(r)), doc("manager",
                        "解除紧急广播 Take the broadcast down: 200; 404 when none is up (broadcast.cleared)"))
                .add("GET", "/api/v1/broadcast/voice.wav", this::voice, doc("anyone",
                        "广播语音 The broadcast's recording: ?kind=EVACUATION&lang=zh|en → audio/wav"));
    }

    private CompletableFuture<Response> current(Request r) {
        Map<String, Object> body = new HashMap<>();
        body.put("broadcast", hall.broadcast().current().map(Broadcast::view).orElse(null));
        return done(Response.ok(body));
    }

    private CompletableFuture<Response> send(Request r) {
        String by = Guard.manager(r).badge();
        Body body = r.json();
        Broadcast sent = hall.broadcast().send(by, body.text("kind", TEXT_AT_MOST), body.text("text", TEXT_AT_MOST),
                body.text("until", TEXT_AT_MOST));
        tellScreens(EventType.BROADCAST_STARTED, sent);
        return done(Response.json(HttpResponseStatus.CREATED, sent.view()));
    }

    private CompletableFuture<Response> clear(Request r) {
        String by = Guard.manager(r).badge();
        Broadcast cleared = hall.broadcast().clear(by);
        tellScreens(EventType.BROADCAST_CLEARED, cleared);
        return done(Response.ok(cleared.view()));
    }

    /** Through the hall's writer: committed to the hall's log, so every server's screens hear it. */
    private void tellScreens(EventType type, Broadcast b) {
        try {
            hall.ask(e -> {
                e.tellBroadcast(type, b.detail());
                return null;
            }).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private CompletableFuture<Response> voice(Request r) {
        String lang = r.queryParam("lang") == null ? "zh" : r.queryParam("lang");
        byte[] wav = BroadcastVoice.wav(r.queryParam("kind"), lang);
        return done(new Response(HttpResponseStatus.OK, "audio/wav", wav, Map.of("Cache-Control", "public, max-age=3600")));
    }

    private static CompletableFuture<Response> done(Response response) {
        return CompletableFuture.completedFuture(response);
    }
}
