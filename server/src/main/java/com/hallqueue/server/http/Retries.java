package com.hallqueue.server.http;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.desk.HallDesk;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.retries.KeptAnswer;
import com.hallqueue.server.retries.KeyReused;
import com.hallqueue.server.retries.RetryKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on the wire: a request that carries one is run at the hall's desk
 * with its answer kept in the same commit, so a retry gets that answer back, marked {@code
 * Idempotent-Replayed: true}. A key whose first request is still being carried out on this
 * server is refused (409); the desk itself refuses the same key with another request (422).
 */
final class Retries {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /** Runs the command once per key; without a key, as any other request. */
    CompletableFuture<Response> once(HallDesk desk, Request r, Function<QueueEngine, Response> command) {
        RetryKey key = keyOf(r);
        String flight = key.caller() + "\n" + key.key();
        if (!inFlight.add(flight)) {
            throw ApiException.conflict("此请求仍在处理中 / The first request with this Idempotency-Key is still"
                    + " being carried out");
        }
        return desk.askOnce(key, command::apply)
                .whenComplete((answer, fault) -> inFlight.remove(flight))
                .thenApply(Retries::toResponse);
    }

    /**
     * Runs a change made beside the desk once per key: a kept answer is replayed (422 when the
     * key came with another request); otherwise the change runs and a successful answer is kept.
     */
    CompletableFuture<Response> onceBeside(HallStore store, Request r, Supplier<CompletableFuture<Response>> change) {
        RetryKey key = keyOf(r);
        String flight = key.caller() + "\n" + key.key();
        if (!inFlight.add(flight)) {
            throw ApiException.conflict("此请求仍在处理中 / The first request with this Idempotency-Key is still"
                    + " being carried out");
        }
        try {
            Optional<KeptAnswer> kept = store.settingAnswer(key);
            if (kept.isPresent()) {
                if (!kept.get().key().requestHash().equals(key.requestHash())) {
                    throw new KeyReused();
                }
                inFlight.remove(flight);
                return CompletableFuture.completedFuture(toResponse(kept.get()));
            }
            return change.get().thenApply(answer -> {
                if (answer.statusCode() < 300) {
                    store.keepSettingAnswer(KeptAnswer.of(key, answer, Instant.now()));
                }
                return answer;
            }).whenComplete((answer, fault) -> inFlight.remove(flight));
        } catch (RuntimeException e) {
            inFlight.remove(flight);
            throw e;
        }
    }

    private static Response toResponse(com.hallqueue.server.retries.Answer answer) {
        if (answer instanceof KeptAnswer kept) {
            return new Response(io.netty.handler.codec.http.HttpResponseStatus.valueOf(kept.statusCode()),
                    kept.contentType(), kept.body(), Map.of(REPLAYED, "true"));
        }
        return (Response) answer;
    }

    static RetryKey keyOf(Request r) {
        String key = r.idempotencyKey();
        if (!RetryKey.wellFormed(key)) {
            throw ApiException.badInput(HEADER, "须为1至64个可见ASCII字符 / must be 1 to 64 visible ASCII characters");
        }
        return new RetryKey(callerOf(r), key, digest(r.method() + " " + r.path() + "\n",  r.body()));
    }

    /** Who sent the key: the same key from two callers is two requests. */
    private static String callerOf(Request r) {
        Caller c = r.caller();
        String who;
        if (c instanceof Caller.Staff s) {
            who = "staff:" + s.badge();
        } else if (c instanceof Caller.Kiosk k) {
            who = "kiosk:" + k.id();
        } else if (c instanceof Caller.Printer p) {
            who = "printer:" + p.kioskId();
        } else if (c instanceof Caller.Display d) {
            who = "display:" + d.id();
        } else {
            who = "client:" + r.client();
        }
        return who.length() <= 64 ? who : digest(who, new byte[0]);
    }

    private static String digest(String head, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(head.getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
