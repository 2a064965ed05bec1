package com.hallqueue.server.notify;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.hallqueue.server.config.NotifyRules;
import com.hallqueue.server.limits.RateLimiter;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * An SMS gateway over HTTP: POSTs the configured body with {phone} and {text} filled in
 * (JSON-escaped), the API key in its header. Holds back, without an attempt, what would go
 * over the per-phone or the hall-wide limit; a 5xx, a 429 or a timeout is tried again, any
 * other refusal is not. An attempt the gateway refused does not count against the phone's
 * limit (nothing reached it); one that timed out does (it may have).
 */
final class SmsGateway implements Notifier {

    private static final String ALL = "all";

    private final NotifyRules.Sms rules;
    private final HttpClient http;
    private final RateLimiter perPhone;
    private final RateLimiter hallWide;

    SmsGateway(NotifyRules.Sms rules, Clock clock) {
        this.rules = rules;
        this.http = HttpClient.newBuilder().connectTimeout(rules.timeout()).build();
        this.perPhone = new RateLimiter(rules.perPhonePerHour(), Duration.ofHours(1), clock);
        this.hallWide = new RateLimiter(rules.perMinute(), Duration.ofMinutes(1), clock);
    }

    @Override
    public Outcome send(Message m) {
        if (!hallWide.tryAcquire(ALL)) {
            return new Outcome.Held(hallWide.retryAfter(ALL));
        }
        if (!perPhone.tryAcquire(m.phone())) {
            hallWide.release(ALL);
            return new Outcome.Held(perPhone.retryAfter(m.phone()));
        }
        return post(m);
    }

    private Outcome post(Message m) {
        HttpRequest request = HttpRequest.newBuilder(rules.url()).timeout(rules.timeout())
                .header("Content-Type", rules.contentType())
                .header(rules.apiKeyHeader(), rules.apiKey())
                .header("Idempotency-Key", "hallqueue-" + m.id())
                .POST(HttpRequest.BodyPublishers.ofString(body(m))).build();
        try {
            Outcome o = Delivered.judge(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
            if (o instanceof Outcome.Failed) {
                perPhone.release(m.phone()); // refused for sure, so nothing reached the phone; a timeout may have
            }
            return o;
        } catch (HttpTimeoutException e) {
            return new Outcome.Failed("网关超时 / gateway timed out", true);
        } catch (IOException e) {
            return new Outcome.Failed("网关不可达 / gateway unreachable: " + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed("interrupted", true);
        }
    }

    private String body(Message m) {
        return rules.body().replace("{phone}", escaped(m.phone())).replace("{text}", escaped(m.text()));
    }

    private static String escaped(String s) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(s));
    }
}
