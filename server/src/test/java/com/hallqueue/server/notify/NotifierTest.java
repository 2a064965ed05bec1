package com.hallqueue.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Eventually;
import com.hallqueue.server.testing.RunningHall;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 短信提醒 through a real server and a real (fake) SMS gateway on a local port: what is
 * sent and when, once each, retried through failures and timeouts, held by the rate limit.
 */
class NotifierTest {

    static final String PHONE = "13800138000";
    private final FakeGateway gateway = new FakeGateway(Duration.ofMillis(1500));
    private RunningHall hall;

    @AfterEach
    void stop() {
        if (hall != null) {
            hall.close();
        }
        gateway.close();
    }

    @Test
    void aCitizenIsToldOnceWhenTwoAreAheadAndOnceWhenCalledAtWhichCounter() {
        start(3, 2000);
        List<String> ids = issue(5);
        Reply consent = api().post("/api/v1/tickets/" + ids.get(4) + "/notify", null,
                "{\"phone\":\"138 0013 8000\",\"aheadAt\":2}");
        assertThat(consent.status()).isEqualTo(200);
        assertThat(consent.json().get("phone").asText()).isEqualTo("138****8000");
        String staff = open(1, "1001");
        callAndFinish(1, staff);
        callAndFinish(1, staff); // A003 and A004 still ahead of A005: two
        // waited for: a count that reaches the outbox only after the call is no longer due, and is dropped
        gateway.await(l -> !l.isEmpty());
        callAndFinish(1, staff);
        callAndFinish(1, staff);
        assertThat(callNext(1, staff).get("id").asText()).isEqualTo(ids.get(4));
        List<FakeGateway.Received> got = gateway.await(l -> l.size() >= 2);
        assertThat(got).hasSize(2);
        assertThat(got.get(0).body()).contains("\"phone\":\"" + PHONE + "\"", "您好", "前面还有2位", "谢谢", "演示服务大厅");
        assertThat(got.get(1).body()).contains("请A005号到1号窗口办理", "谢谢");
        assertThat(got.get(0).apiKey()).isEqualTo("key-of-the-hall");
        JsonNode report = report(null);
        assertThat(report.get("counts").get("SENT").asInt()).isEqualTo(2);
        assertThat(report.toString()).contains("138****8000").doesNotContain(PHONE);
    }

    @Test
    void aTicketAlreadyWithinReachIsToldOnlyOfItsCallAndAWithdrawnOneNothing() {
        start(3, 2000);
        List<String> ids = issue(3);
        assertThat(consent(ids.get(1)).status()).isEqualTo(200); // one ahead: within 3 already
        assertThat(consent(ids.get(0)).status()).isEqualTo(200);
        assertThat(api().send("DELETE", "/api/v1/tickets/" + ids.get(0) + "/notify", null, null).status())
                .isEqualTo(200);
        String staff = open(1, "1001");
        callAndFinish(1, staff);
        callNext(1, staff);
        List<FakeGateway.Received> got = gateway.await(l -> !l.isEmpty());
        assertThat(got).hasSize(1);
        assertThat(got.get(0).body()).contains("请A002号到1号窗口办理");
        assertThat(report(null).get("messages")).hasSize(1);
    }

    @Test
    void aCancelledTicketIsToldNothingWhileTheOneBehindItIs() {
        start(3, 2000);
        List<String> ids = issue(6);
        api().post("/api/v1/tickets/" + ids.get(4) + "/notify", null, "{\"phone\":\"13900000005\",\"aheadAt\":1}");
        api().post("/api/v1/tickets/" + ids.get(5) + "/notify", null, "{\"phone\":\"13900000006\",\"aheadAt\":1}");
        assertThat(api().post("/api/v1/tickets/" + ids.get(4) + "/cancel", "demo-kiosk", null).status()).isEqualTo(200);
        String staff = open(1, "1001");
        for (int i = 0; i < 3; i++) {
            callAndFinish(1, staff);
        }
        // A003 called: only A004 is ahead of A006 now that A005 is cancelled; A005 is told nothing
        List<FakeGateway.Received> got = gateway.await(l -> !l.isEmpty());
        assertThat(got).hasSize(1);
        assertThat(got.get(0).body()).contains("13900000006", "A006号前面还有1位");
        assertThat(report(null).get("messages")).hasSize(1);
    }

    @Test
    void badConsentsAreRefusedNamingTheField() {
        start(3, 2000);
        String id = issue(1).get(0);
        Reply badPhone = api().post("/api/v1/tickets/" + id + "/notify", null, "{\"phone\":\"12345\"}");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.text()).contains("phone");
        Reply badCount = api().post("/api/v1/tickets/" + id + "/notify", null, "{\"phone\":\"" + PHONE + "\",\"aheadAt\":99}");
        assertThat(badCount.status()).isEqualTo(400);
        assertThat(badCount.text()).contains("aheadAt");
        assertThat(api().post("/api/v1/tickets/nosuchticket/notify", null, "{\"phone\":\"" + PHONE + "\"}").status())
                .isEqualTo(404);
        String staff = open(1, "1001");
        callNext(1, staff);
        assertThat(consent(id).status()).isEqualTo(409); // already called: nothing left to tell
        assertThat(api().get("/api/v1/notifications", null).status()).isEqualTo(401);
    }

    @Test
    void aFailingGatewayIsTriedAgainWithTheSameKeyUntilItTakesTheMessage() {
        start(5, 2000);
        gateway.answer(FakeGateway.Mode.FAIL);
        String id = issue(1).get(0);
        consent(id);
        callNext(1, open(1, "1001"));
        List<FakeGateway.Received> failed = gateway.await(l -> l.size() >= 2);
        gateway.answer(FakeGateway.Mode.OK);
        List<FakeGateway.Received> all = gateway.await(l -> l.size() > failed.size());
        assertThat(all.stream().map(FakeGateway.Received::idempotencyKey).distinct()).hasSize(1);
        JsonNode sent = awaitReport("SENT", m -> m.get("state").asText().equals("SENT"));
        assertThat(sent.get("attempts").asInt()).isGreaterThanOrEqualTo(failed.size() + 1);
        assertThat(sent.get("lastError").asText()).contains("503");
    }

    @Test
    void aGatewayThatTimesOutIsGivenUpAfterTheLimitAndRecordedFailed() {
        start(2, 300);
        gateway.answer(FakeGateway.Mode.SLOW);
        String id = issue(1).get(0);
        consent(id);
        callNext(1, open(1, "1001"));
        JsonNode failed = awaitReport("FAILED", m -> true);
        assertThat(failed.get("attempts").asInt()).isEqualTo(2);
        assertThat(failed.get("lastError").asText()).contains("超时", "timed out");
        assertThat(gateway.received()).hasSize(2);
    }

    @Test
    void onePhoneGetsNoMoreThanItsHourlyLimitAndTheRestWaitsPending() {
        start(3, 2000);
        List<String> ids = issue(3);
        ids.forEach(this::consent);
        for (int counter = 1; counter <= 3; counter++) {
            callNext(counter, open(counter, "100" + counter));
        }
        JsonNode held = awaitReport("PENDING", m -> m.get("lastError").asText().contains("限流"));
        assertThat(held.get("attempts").asInt()).isZero();
        assertThat(gateway.received()).hasSize(2);
        assertThat(report(null).get("counts").get("SENT").asInt()).isEqualTo(2);
    }

    @Test
    void aConsentGivenWhenBookingPassesToTheTicketItsCheckInIssues() {
        start(3, 2000);
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        // the slot running now, or the next one when this one is about to end (check-in opens 15 minutes before)
        java.time.ZonedDateTime slot = now.withMinute(now.getMinute() < 30 ? 0 : 30).withSecond(0).withNano(0);
        if (now.isAfter(slot.plusMinutes(28))) {
            slot = slot.plusMinutes(30);
        }
        String body = "{\"service\":\"B\",\"date\":\"%s\",\"start\":\"%s\",\"name\":\"张三\",\"phone\":\"13700001111\",\"notify\":true}"
                .formatted(slot.toLocalDate(), slot.toLocalTime());
        Reply booked = api().post("/api/v1/appointments", null, body);
        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.json().get("notify").get("phone").asText()).isEqualTo("137****1111");
        Reply checkedIn = api().post("/api/v1/appointments/" + booked.json().get("code").asText() + "/check-in",
                "demo-kiosk", null);
        assertThat(checkedIn.status()).isEqualTo(201);
        callNext(3, open(3, "1003"));
        FakeGateway.Received got = gateway.await(l -> !l.isEmpty()).get(0);
        assertThat(got.body()).contains("13700001111", "请" + checkedIn.json().get("number").asText() + "号到3号窗口办理");
    }

    // ---- the hall

    private void start(int maxAttempts, int timeoutMillis) {
        hall = RunningHall.start(hallSendingTo(gateway.url(), maxAttempts, timeoutMillis), Clock.systemUTC());
    }

    /** The demo hall, sending by SMS to {@code url}: at most 2 messages a phone an hour, quick retries. */
    static HallConfig hallSendingTo(String url, int maxAttempts, int timeoutMillis) {
        return new HallConfigLoader().parse(hallYaml(url, maxAttempts, timeoutMillis), "hall sending messages");
    }

    static String hallYaml(String url, int maxAttempts, int timeoutMillis) {
        return demoWith("""
                notifier:
                  adapter: sms
                  firstRetryMillis: 100
                  pollMillis: 50
                  maxAttempts: %d
                  sms: {url: "%s", apiKey: key-of-the-hall, perPhonePerHour: 2, timeoutMillis: %d}
                """.formatted(maxAttempts, url, timeoutMillis));
    }

    /** The demo hall with its {@code notifier} section replaced by {@code notifier}. */
    static String demoWith(String notifier) {
        String demo;
        try (InputStream in = NotifierTest.class.getResourceAsStream("/demo-hall.yaml")) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String own = demo.lines().filter(l -> l.startsWith("notifier:") || l.startsWith("  adapter: log"))
                .reduce("", (a, l) -> a + l + "\n");
        if (own.lines().count() != 2) {
            throw new IllegalStateException("the demo hall's notifier section moved; update demoWith()");
        }
        return demo.replace(own, "") + "\n" + notifier;
    }

    private ApiClient api() {
        return hall.api;
    }

    private List<String> issue(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            Reply r = api().post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            assertThat(r.status()).isEqualTo(201);
            return r.json().get("id").asText();
        }).toList();
    }

    private Reply consent(String id) {
        return api().post("/api/v1/tickets/" + id + "/notify", null, "{\"phone\":\"" + PHONE + "\"}");
    }

    private String open(int counter, String badge) {
        String token = api().login(badge);
        assertThat(api().post("/api/v1/counters/" + counter + "/open", token, null).status()).isEqualTo(200);
        return token;
    }

    private JsonNode callNext(int counter, String token) {
        Reply r = api().post("/api/v1/counters/" + counter + "/call-next", token, null);
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private void callAndFinish(int counter, String token) {
        callNext(counter, token);
        assertThat(api().post("/api/v1/counters/" + counter + "/finish", token, null).status()).isEqualTo(200);
    }

    private JsonNode report(String state) {
        Reply r = api().get("/api/v1/notifications" + (state == null ? "" : "?state=" + state), api().login("9001"));
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    /** Waits for a message of {@code state} that {@code matches}; polls, never a fixed sleep. */
    private JsonNode awaitReport(String state, Predicate<JsonNode> matches) {
        String manager = api().login("9001");
        return Eventually.await(() -> "a " + state + " message: " + report(null), Duration.ofSeconds(30), () -> {
            for (JsonNode m : api().get("/api/v1/notifications?state=" + state, manager).json().get("messages")) {
                if (matches.test(m)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        });
    }

}
