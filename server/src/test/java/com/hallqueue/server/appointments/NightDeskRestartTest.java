package com.hallqueue.server.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.AppointmentHalls;
import com.hallqueue.server.testing.RunningHall;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A booked citizen checked in at 23:50 is still expected after midnight, also when the server
 * was stopped over midnight and starts again at 00:10: the day's end it ran at start carries
 * their ticket, as the running server would have. Thursday 2026-12-03 in Shanghai.
 */
class NightDeskRestartTest {

    private final VirtualClock clock = VirtualClock.at("2026-12-03T12:00:00Z");
    private final String db = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void aTicketCheckedInBeforeMidnightIsCalledAfterARestartPastMidnight() {
        String ticket;
        try (RunningHall before = RunningHall.start(AppointmentHalls.nightDesk(), db, clock)) {
            ApiClient api = before.api;
            String code = api.post("/api/v1/appointments", null, "{\"service\":\"B\",\"date\":\"2026-12-03\","
                    + "\"start\":\"23:30\",\"name\":\"王五\",\"phone\":\"13600136000\"}").json().get("code").asText();
            clock.set(Instant.parse("2026-12-03T15:50:00Z"));
            ticket = api.post("/api/v1/appointments/" + code + "/check-in", "demo-kiosk", null).json().get("id").asText();
        }
        clock.set(Instant.parse("2026-12-03T16:10:00Z"));
        try (RunningHall after = RunningHall.start(AppointmentHalls.nightDesk(), db, clock)) {
            ApiClient api = after.api;
            assertThat(api.get("/api/v1/tickets/" + ticket, null).json().get("status").asText()).isEqualTo("WAITING");
            String staff = api.login("1003");
            api.post("/api/v1/counters/3/open", staff, null);
            ApiClient.Reply called = api.post("/api/v1/counters/3/call-next", staff, null);
            assertThat(called.json().get("id").asText()).isEqualTo(ticket);
            assertThat(called.json().get("number").asText()).isEqualTo("B001");
        }
    }
}
