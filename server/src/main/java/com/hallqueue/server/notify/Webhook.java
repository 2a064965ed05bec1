package com.hallqueue.server.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallqueue.server.config.NotifyRules;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook: POSTs the message as JSON to the hall's own system (a WeChat service account,
 * say), signed {@code X-HallQueue-Signature: sha256=<hex HMAC-SHA256 of the body>} under the
 * configured secret; {@code X-HallQueue-Delivery} is the message id, the same on a retry.
 */
final class Webhook implements Notifier {

    static final String SIGNATURE = "X-HallQueue-Signature";
    private final NotifyRules.Webhook rules;
    private final String hall;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    Webhook(NotifyRules.Webhook rules, String hall) {
        this.rules = rules;
        this.hall = hall;
        this.http = HttpClient.newBuilder().connectTimeout(rules.timeout()).build();
    }

    @Override
    public Outcome send(Message m) {
        byte[] body = body(m);
        HttpRequest request = HttpRequest.newBuilder(rules.url()).timeout(rules.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(SIGNATURE, "sha256=" + sign(rules.secret(), body))
                .header("X-HallQueue-Delivery", Long.toString(m.id()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return Delivered.judge(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (HttpTimeoutException e) {
            return new Outcome.Failed("webhook 超时 / webhook timed out", true);
        } catch (IOException e) {
            return new Outcome.Failed("webhook 不可达 / webhook unreachable: " + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed("interrupted", true);
        }
    }

    private byte[] body(Message m) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", m.kind() == MessageKind.AHEAD ? "notify.ahead" : "notify.called");
        event.put("id", m.id());
        event.put("hall", hall);
        event.put("phone", m.phone());
        event.put("number", m.number());
        event.put(m.kind() == MessageKind.AHEAD ? "ahead" : "counter", m.place());
        event.put("text", m.text());
        event.put("decidedAt", m.decidedAt().toString());
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a message is plain data", e);
        }
    }

    /** Hex HMAC-SHA256 of {@code body} under {@code secret}: what a receiver recomputes to trust the call. */
    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
