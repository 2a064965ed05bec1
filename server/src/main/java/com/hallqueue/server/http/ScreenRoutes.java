package com.hallqueue.server.http;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.voice.Announcements;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** What the hall's pages read besides the public contract: hall facts, a counter's line, the voice. */
final class ScreenRoutes {

    /** Enough for a counter page's list; the count covers everyone. */
    private static final int WAITING_LIST_LIMIT = 30;
    private final HallContext hall;

    ScreenRoutes(HallContext hall) {
        this.hall = hall;
    }

    void register(Router router) {
        router.add("GET", "/api/v1/hall", r -> hall.read(e -> Map.entry(e.hallTime(), e.counters()))
                        .thenApply(now -> Response.ok(HallFacts.of(hall.config(), now.getKey(), r.caller(), now.getValue()))),
                                doc("anyone (a kiosk token adds the kiosk)",
                                        "大厅 Name, hotline, services, counters, hours of the week, alerts, now"))
                .add("GET", "/api/v1/counters/{n}/waiting", this::waiting,
                        doc("staff", "窗口等候 How many wait for counter n and the next 30 in its call order"))
                .add("GET", "/api/v1/announcements/call.wav", this::callWav,
                        doc("anyone",
                                "叫号语音 The call announcement: ?number=A001&counter=3&lang=zh|en[&repeat=1..3] → audio/wav"));
    }

    private CompletableFuture<Response> waiting(Request r) {
        Guard.staff(r);
        int n = r.counterNumber();
        return hall.read(e -> e.waitingFor(n, WAITING_LIST_LIMIT)).thenApply(Response::ok);
    }

    /** Pure work on the clips in memory; no need to queue at the hall's desk. */
    private CompletableFuture<Response> callWav(Request r) {
        String lang = r.queryParam("lang") == null ? "zh" : r.queryParam("lang");
        int counter = wholeNumber(r, "counter", null);
        int times = wholeNumber(r, "repeat", 2);
        try {
            byte[] wav = hall.announcements().call(r.queryParam("number"), counter, lang, times);
            return CompletableFuture.completedFuture(new Response(HttpResponseStatus.OK, "audio/wav", wav,
                    Map.of("Cache-Control", "public, max-age=3600")));
        } catch (Announcements.BadCall e) {
            throw ApiException.badInput(e.field(), e.getMessage());
        }
    }

    private static int wholeNumber(Request r, String name, Integer fallback) {
        String text = r.queryParam(name);
        if (text == null && fallback != null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text == null ? "" : text);
        } catch (NumberFormatException e) {
            throw ApiException.badInput(name, "must be a whole number");
        }
    }
}
