package com.hallqueue.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logins that expire and can be revoked, guessing slowed down, number hoarding refused, no passwords in logs. */
class GuardsTest {

    @Test
    void aStaffTokenExpiresAfterAShift() {
        VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");
        try (RunningHall hall = RunningHall.start(Halls.demo(), clock)) {
            String token = hall.api.login("1001");
            clock.advance(Duration.ofHours(11));
            assertThat(hall.api.get("/api/v1/auth/me", token).status()).isEqualTo(200);
            clock.advance(Duration.ofHours(1).plusSeconds(1));
            assertThat(hall.api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
        }
    }

    @Test
    void logoutRevokesTheTokenAtOnce() {
        try (RunningHall hall = RunningHall.demo()) {
            String token = hall.api.login("1001");
            assertThat(hall.api.post("/api/v1/auth/logout", token, null).status()).isEqualTo(204);
            assertThat(hall.api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
            assertThat(hall.api.post("/api/v1/counters/1/open", token, null).status()).isEqualTo(401);
        }
    }

    @Test
    void aBadgeThatFailsFiveTimesMustWaitEvenWithTheRightPassword() {
        try (RunningHall hall = RunningHall.demo()) {
            for (int i = 0; i < 5; i++) {
                assertThat(login(hall, "1003", "guess" + i).status()).isEqualTo(401);
            }
            Reply blocked = login(hall, "1003", "demo");
            assertThat(blocked.status()).isEqualTo(429);
            assertThat(blocked.contentType()).startsWith("application/problem+json");
            assertThat(login(hall, "1004", "demo").status()).as("another badge").isEqualTo(200);
        }
    }

    @Test
    void aKioskIssuingFasterThanItsCapIsToldToWait() {
        String yaml = Halls.bigHallYaml(2).replace("ticketsPerMinute: 1000000", "ticketsPerMinute: 12");
        try (RunningHall hall = RunningHall.start(new HallConfigLoader().parse(yaml, "t"), java.time.Clock.systemUTC())) {
            for (int i = 0; i < 12; i++) {
                assertThat(issue(hall, "kiosk-token-1").status()).isEqualTo(201);
            }
            Reply thirteenth = issue(hall, "kiosk-token-1");
            assertThat(thirteenth.status()).isEqualTo(429);
            assertThat(thirteenth.json().get("detail").asText()).contains("取号过于频繁");
            assertThat(issue(hall, "kiosk-token-2").status()).as("another kiosk").isEqualTo(201);
        }
    }

    @Test
    void passwordsNeverReachTheLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try (RunningHall hall = RunningHall.demo()) {
            login(hall, "1001", "Secret-Guess-Xq7");
            login(hall, "1001", "demo");
            hall.api.post("/api/v1/auth/login", null, "{\"badge\":\"1001\",\"password\":\"Secret-Guess-Xq7\"");
        } finally {
            root.detachAppender(logs);
        }
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains("Secret-Guess-Xq7") || m.contains("\"demo\""));
    }

    @Test
    void managersReadWhoDidWhatAndWhenAndStaffMayNot() {
        try (RunningHall hall = RunningHall.demo()) {
            login(hall, "1001", "wrong");
            String staff = hall.api.login("1001");
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            hall.api.post("/api/v1/counters/1/open", staff, null);
            hall.api.post("/api/v1/counters/1/call-next", staff, null);
            hall.api.post("/api/v1/auth/logout", staff, null);
            String manager = hall.api.login("9001");
            assertThat(hall.api.get("/api/v1/audit", staff).status()).isEqualTo(401);
            Reply audit = hall.api.get("/api/v1/audit", manager);
            assertThat(audit.status()).isEqualTo(200);
            java.util.List<String> trail = new java.util.ArrayList<>();
            audit.json().get("entries").forEach(e -> trail.add(e.get("badge").asText() + " " + e.get("action").asText()));
            assertThat(trail).containsSubsequence("1001 login.failed", "1001 login", "1001 counter.opened",
                    "1001 ticket.called", "1001 logout", "9001 login");
            assertThat(audit.text()).doesNotContain("wrong");
        }
    }

    @Test
    void aReportTakenAwayAsAFileIsInTheAuditLog() {
        try (RunningHall hall = RunningHall.demo()) {
            String manager = hall.api.login("9001");
            assertThat(hall.api.get("/api/v1/stats?format=csv", manager).status()).isEqualTo(200);
            assertThat(hall.api.get("/api/v1/stats", manager).status()).isEqualTo(200);
            java.util.List<String> trail = new java.util.ArrayList<>();
            hall.api.get("/api/v1/audit", manager).json().get("entries")
                    .forEach(e -> trail.add(e.get("badge").asText() + " " + e.get("action").asText()));
            assertThat(trail).containsOnlyOnce("9001 export.csv").doesNotContain("9001 export.json");
        }
    }

    private static Reply login(RunningHall hall, String badge, String password) {
        return hall.api.post("/api/v1/auth/login", null,
                "{\"badge\":\"" + badge + "\",\"password\":\"" + password + "\"}");
    }

    private static Reply issue(RunningHall hall, String token) {
        return hall.api.post("/api/v1/tickets", token, "{\"service\":\"A\"}");
    }
}
