package com.hallqueue.server.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A complaint still open past its deadline goes before the hall head: complaint.escalated on
 * the stream, kept with the complaint, and once only, also after a restart. One not yet due
 * is left alone.
 */
class ComplaintEscalationTest {

    private static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void theHallsChoresEscalateAnOverdueComplaintOnceAndKeepIt() {
        VirtualClock clock = new VirtualClock(Instant.now());
        String db = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        long first;
        long notYetDue;
        String escalatedAt;
        try (RunningHall hall = RunningHall.start(Halls.demo(), db, clock)) {
            ApiClient api = hall.api;
            String manager = api.login("9001");
            first = record(api, manager, today(clock), "<b>窗口人员</b>态度生硬");
            notYetDue = record(api, manager, today(clock).plusDays(10), "等候时间过长");
            EventStream events = api.events(manager);
            events.next("snapshot");

            // the demo hall works every day, all day: a complaint due today is overdue from the next midnight
            clock.set(clock.instant().plus(Duration.ofDays(2)));
            JsonNode escalated = events.next("complaint.escalated");
            assertThat(escalated.get("complaint").get("id").asLong()).isEqualTo(first);
            assertThat(escalated.get("complaint").get("counter").asInt()).isEqualTo(2);
            assertThat(escalated.get("complaint").has("what")).isFalse();
            escalatedAt = escalated.get("complaint").get("escalatedAt").asText();
            assertThat(Instant.parse(escalatedAt)).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

            JsonNode open = api.get("/api/v1/complaints", api.login("9001")).json().get("complaints");
            assertThat(open).anySatisfy(c -> {
                assertThat(c.get("id").asLong()).isEqualTo(first);
                assertThat(c.get("overdue").asBoolean()).isTrue();
                assertThat(c.get("escalatedAt").asText()).isEqualTo(escalatedAt);
            });
            assertThat(open).anySatisfy(c -> {
                assertThat(c.get("id").asLong()).isEqualTo(notYetDue);
                assertThat(c.get("escalatedAt").isNull()).isTrue();
            });
        }

        try (RunningHall again = RunningHall.start(Halls.demo(), db, clock)) {
            ApiClient api = again.api;
            String manager = api.login("9001");
            long second = record(api, manager, today(clock), "未一次性告知所需材料");
            EventStream events = api.events(manager);
            events.next("snapshot");
            clock.set(clock.instant().plus(Duration.ofDays(2)));
            // the next one escalated is the new complaint: the first was escalated before the restart
            assertThat(events.next("complaint.escalated").get("complaint").get("id").asLong()).isEqualTo(second);
            JsonNode kept = api.get("/api/v1/complaints", api.login("9001")).json().get("complaints");
            assertThat(kept).anySatisfy(c -> {
                assertThat(c.get("id").asLong()).isEqualTo(first);
                assertThat(c.get("escalatedAt").asText()).isEqualTo(escalatedAt);
            });
        }
    }

    private static LocalDate today(VirtualClock clock) {
        return clock.instant().atZone(HALL_ZONE).toLocalDate();
    }

    private static long record(ApiClient api, String manager, LocalDate due, String what) {
        ApiClient.Reply r = api.post("/api/v1/complaints", manager, "{\"channel\":\"PHONE\",\"counter\":2,\"staff\":\"1002\","
                + "\"what\":\"" + what + "\",\"dueDate\":\"" + due + "\"}");
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
