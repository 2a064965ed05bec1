package com.hallqueue.server.config;

import java.net.URI;
import java.time.Duration;

/**
 * {@code notifier}: how the hall tells a citizen who asked for it that their turn is near
 * (短信提醒). {@code adapter} is {@code none} (nothing is decided or sent), {@code log} (the
 * server's log says what would go, phones masked), {@code sms} or {@code webhook}. The texts
 * are templates: {hall} {hallEn} {number} {ahead} {counter}.
 */
public record NotifyRules(String adapter, int aheadAt, String aheadText, String calledText, Sms sms, Webhook webhook,
                          int maxAttempts, Duration firstRetry, Duration poll) {

    public static final String NONE = "none";
    public static final String DEFAULT_AHEAD = "您好，{hall}提醒您：{number}号前面还有{ahead}位，请回到大厅等候叫号，谢谢。"
            + " Hello from {hallEn}: {ahead} ahead of number {number}, please come back to the hall. Thank you.";
    public static final String DEFAULT_CALLED = "您好，{hall}提醒您：请{number}号到{counter}号窗口办理，谢谢。"
            + " Hello from {hallEn}: number {number}, please go to counter {counter}. Thank you.";

    /**
     * An SMS gateway: {@code body} is the request's text with {phone} and {text} (JSON-escaped)
     * filled in; the key goes in header {@code apiKeyHeader}. At most {@code perPhonePerHour}
     * messages to one phone in an hour and {@code perMinute} to all phones in a minute.
     */
    public record Sms(URI url, String apiKey, String apiKeyHeader, String body, String contentType,
                      int perPhonePerHour, int perMinute, Duration timeout) {
    }

    /** A webhook: the event as JSON, signed with HMAC-SHA256 of the body under {@code secret}. */
    public record Webhook(URI url, String secret, Duration timeout) {
    }

    /** Nothing is sent: the demo hall and any hall without a {@code notifier} section. */
    public static NotifyRules off() {
        return new NotifyRules(NONE, 3, DEFAULT_AHEAD, DEFAULT_CALLED, null, null, 5, Duration.ofSeconds(10),
                Duration.ofSeconds(1));
    }

    public boolean enabled() {
        return !NONE.equals(adapter);
    }
}
