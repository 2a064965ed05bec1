package com.hallqueue.server.config;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/** Reads and checks {@code notifier}; without it nothing is sent. */
final class NotifyReader {

    private static final Set<String> ADAPTERS = Set.of("none", "log", "sms", "webhook");
    private static final String SMS_BODY = "{\"phone\":\"{phone}\",\"text\":\"{text}\"}";
    private static final int TEXT_LONGEST = 300;

    NotifyRules read(ConfigFile.Notify n) {
        NotifyRules off = NotifyRules.off();
        if (n == null) {
            return off;
        }
        String adapter = ConfigReader.text(n.adapter(), "notifier.adapter", NotifyRules.NONE);
        if (!ADAPTERS.contains(adapter)) {
            throw new ConfigException("notifier.adapter", "must be none, log, sms or webhook");
        }
        int aheadAt = n.aheadAt() == null ? off.aheadAt() : n.aheadAt();
        ConfigReader.positive(aheadAt, "notifier.aheadAt");
        int attempts = n.maxAttempts() == null ? off.maxAttempts() : n.maxAttempts();
        ConfigReader.positive(attempts, "notifier.maxAttempts");
        return new NotifyRules(adapter, aheadAt,
                template(n.aheadText(), "notifier.aheadText", off.aheadText()),
                template(n.calledText(), "notifier.calledText", off.calledText()),
                "sms".equals(adapter) ? sms(ConfigReader.required(n.sms(), "notifier.sms")) : null,
                "webhook".equals(adapter) ? webhook(ConfigReader.required(n.webhook(), "notifier.webhook")) : null,
                attempts, millis(n.firstRetryMillis(), "notifier.firstRetryMillis", off.firstRetry()),
                millis(n.pollMillis(), "notifier.pollMillis", off.poll()));
    }

    private static NotifyRules.Sms sms(ConfigFile.SmsGateway s) {
        return new NotifyRules.Sms(url(s.url(), "notifier.sms.url"), ConfigReader.text(s.apiKey(), "notifier.sms.apiKey", ""),
                ConfigReader.text(s.apiKeyHeader(), "notifier.sms.apiKeyHeader", "X-Api-Key"),
                ConfigReader.text(s.body(), "notifier.sms.body", SMS_BODY),
                ConfigReader.text(s.contentType(), "notifier.sms.contentType", "application/json"),
                count(s.perPhonePerHour(), "notifier.sms.perPhonePerHour", 5),
                count(s.perMinute(), "notifier.sms.perMinute", 60),
                millis(s.timeoutMillis(), "notifier.sms.timeoutMillis", Duration.ofSeconds(5)));
    }

    private static NotifyRules.Webhook webhook(ConfigFile.WebhookFile w) {
        String secret = ConfigReader.text(w.secret(), "notifier.webhook.secret", null);
        if (secret.length() < 16) {
            throw new ConfigException("notifier.webhook.secret", "must be at least 16 characters");
        }
        return new NotifyRules.Webhook(url(w.url(), "notifier.webhook.url"), secret,
                millis(w.timeoutMillis(), "notifier.webhook.timeoutMillis", Duration.ofSeconds(5)));
    }

    private static String template(String given, String field, String fallback) {
        String t = ConfigReader.text(given, field, fallback);
        return ConfigReader.fits(t, TEXT_LONGEST, field);
    }

    private static URI url(String given, String field) {
        String text = ConfigReader.text(given, field, null);
        try {
            URI uri = new URI(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigException(field, "must be an http:// or https:// address");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException(field, "is not an address: " + e.getMessage());
        }
    }

    private static int count(Integer given, String field, int fallback) {
        int n = given == null ? fallback : given;
        ConfigReader.positive(n, field);
        return n;
    }

    private static Duration millis(Integer given, String field, Duration fallback) {
        if (given == null) {
            return fallback;
        }
        ConfigReader.positive(given, field);
        return Duration.ofMillis(given);
    }
}
