package com.hallqueue.server.http;

import com.hallqueue.server.desk.Heartbeat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code GET /health/ready}: can the hall take writes now? Its writer goes round its loop and
 * can save, the database answers a round trip, and the data disk has room. {@code /health}
 * stays the plain liveness answer.
 */
final class Readiness {

    /** Below this, a hall refuses to call itself ready: a busy day's journal needs room to grow. */
    static final long MIN_FREE_BYTES = 64L * 1024 * 1024;

    private Readiness() {
    }

    static Response of(HallContext hall) {
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean up = writer(hall, checks) & database(hall, checks) & disk(hall, checks);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", checks);
        return Response.json(up ? io.netty.handler.codec.http.HttpResponseStatus.OK
                : io.netty.handler.codec.http.HttpResponseStatus.SERVICE_UNAVAILABLE, body);
    }

    private static boolean writer(HallContext hall, Map<String, Object> checks) {
        Heartbeat.Reading r = hall.desk().health();
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("status", r.ready() ? "UP" : "DOWN");
        w.put("sinceBeatMillis", r.sinceBeatMillis());
        if (!r.writerAlive()) {
            w.put("detail", "the hall's writer is not running");
        } else if (r.storeDown() != null) {
            w.put("detail", "cannot save: " + r.storeDown());
        }
        checks.put("writer", w);
        return r.ready();
    }

    private static boolean database(HallContext hall, Map<String, Object> checks) {
        try {
            hall.store().ping();
            checks.put("database", Map.of("status", "UP"));
            return true;
        } catch (RuntimeException e) {
            checks.put("database", Map.of("status", "DOWN", "detail", String.valueOf(e.getMessage())));
            return false;
        }
    }

    private static boolean disk(HallContext hall, Map<String, Object> checks) {
        OptionalLong free = hall.store().freeDiskBytes();
        if (free.isEmpty()) {
            return true;
        }
        boolean up = free.getAsLong() >= MIN_FREE_BYTES;
        checks.put("disk", Map.of("status", up ? "UP" : "DOWN", "freeBytes", free.getAsLong()));
        return up;
    }
}
