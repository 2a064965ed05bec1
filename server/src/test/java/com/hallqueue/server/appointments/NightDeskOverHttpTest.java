package com.hallqueue.server.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.AppointmentHalls;
import com.hallqueue.server.testing.RunningHall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A customs hall's night desk (预约通关) over HTTP on a fixed clock: walk-ins weekdays
 * 08:30–17:00, the booked only every night 17:30–08:30 and on the holiday Monday 2026-12-07
 * 09:00–16:00, B and C bookable then, counters 3 and 4 on duty. Thursday 2026-12-03, 20:00 in
 * Shanghai to start.
 */
class NightDeskOverHttpTest {

    private final VirtualClock clock = VirtualClock.at("2026-12-03T12:00:00Z");
    private final RunningHall hall = RunningHall.start(AppointmentHalls.nightDesk(), clock);
    private final ApiClient api = hall.api;

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void theNightsSlotsAreListedAsAppointmentOnlyAndTheDaysAreNot() {
        JsonNode slots = slots("B", "2026-12-04");
        // 00:00–08:30: 17 slots; walk-in hours 08:30–17:00: 17 slots; 17:30–24:00: 13 slots.
        assertThat(slots).hasSize(17 + 17 + 13);
        assertThat(slot(slots, "02:00").get("appointmentOnly").asBoolean()).isTrue();
        assertThat(slot(slots, "08:00").get("end").asText()).isEqualTo("08:30");
        assertThat(slot(slots, "08:30").get("appointmentOnly").asBoolean()).isFalse();
        assertThat(slot(slots, "17:30").get("appointmentOnly").asBoolean()).isTrue();
        assertThat(slots.get(slots.size() - 1).get("end").asText()).isEqualTo("24:00");
        JsonNode general = slots("A", "2026-12-04");
        assertThat(general).hasSize(17);
        assertThat(general.findValuesAsText("appointmentOnly")).containsOnly("false");
    }

    @Test
    void aNightSlotIsBookedCheckedInAtTwoCalledByTheNightDeskAndFinished() {
        String code = book("B", "2026-12-04", "02:00", "13800138000").json().get("code").asText();
        at("2026-12-03T18:00:00Z"); // Friday 02:00 in Shanghai

        ApiClient.Reply in = api.post("/api/v1/appointments/" + code + "/check-in", "demo-kiosk", null);
        assertThat(in.status()).as(in.text()).isEqualTo(201);
        assertThat(in.json().get("number").asText()).isEqualTo("B001");
        assertThat(in.json().get("priority").asBoolean()).isTrue();

        String dayStaff = api.login("1006");
        assertThat(api.post("/api/v1/counters/6/open", dayStaff, null).status()).isEqualTo(200);
        ApiClient.Reply offDuty = api.post("/api/v1/counters/6/call-next", dayStaff, null);
        assertThat(offDuty.status()).isEqualTo(409);
        assertThat(offDuty.json().get("detail").asText()).contains("对不起，预约时段签到的群众由 3、4 号窗口办理");

        String nightStaff = api.login("1003");
        assertThat(api.post("/api/v1/counters/3/open", nightStaff, null).status()).isEqualTo(200);
        ApiClient.Reply called = api.post("/api/v1/counters/3/call-next", nightStaff, null);
        assertThat(called.status()).as(called.text()).isEqualTo(200);
        assertThat(called.text()).contains("B001");
        assertThat(api.post("/api/v1/counters/3/start", nightStaff, null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/counters/3/finish", nightStaff, null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tickets/" + in.json().get("id").asText(), null).json().get("status").asText())
                .isEqualTo("DONE");
        assertThat(api.get("/api/v1/appointments/" + code, null).json().get("status").asText()).isEqualTo("CHECKED_IN");
    }

    @Test
    void aWalkInAtTwoIsRefusedPolitelyWithTheNextOpening() {
        at("2026-12-03T18:00:00Z"); // Friday 02:00

        ApiClient.Reply refused = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode p = refused.json();
        assertThat(p.get("type").asText()).isEqualTo("urn:hallqueue:problem:appointment-only");
        assertThat(p.get("reason").asText()).isEqualTo("appointment-only");
        assertThat(p.get("nextWalkInOpening").asText()).isEqualTo("2026-12-04T08:30+08:00");
        assertThat(p.get("appointmentOnlyUntil").asText()).isEqualTo("2026-12-04T08:30+08:00");
        assertThat(p.get("detail").asText()).startsWith("对不起，现在是预约时段").contains("12月4日 08:30", "预约",
                "Sorry", "appointment-only", "2026-12-04 08:30", "book");
        JsonNode facts = api.get("/api/v1/hall", "demo-kiosk").json();
        assertThat(facts.get("issuing").asBoolean()).isFalse();
        assertThat(facts.get("appointmentOnly").get("nextWalkInOpening").asText()).isEqualTo("2026-12-04T08:30+08:00");
        assertThat(facts.get("closedNotice").asText()).startsWith("对不起，现在是预约时段");

        at("2026-12-04T00:30:00Z"); // Friday 08:30: walk-ins again
        assertThat(api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/hall", "demo-kiosk").json().get("appointmentOnly").isNull()).isTrue();
    }

    @Test
    void fridayNightsWalkInIsToldTheHallTakesWalkInsAgainOnTuesdayAfterTheHolidayMonday() {
        at("2026-12-04T18:00:00Z"); // Saturday 02:00
        JsonNode p = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}").json();
        assertThat(p.get("nextWalkInOpening").asText()).isEqualTo("2026-12-08T08:30+08:00");
    }

    @Test
    void onTheHolidayTheAppointmentHoursAreBookableAndWalkInsRefused() {
        at("2026-12-06T12:00:00Z"); // Sunday 20:00
        JsonNode holiday = slots("C", "2026-12-07");
        // 00:00–08:30: 17; holiday hours 09:00–16:00: 14; 17:30–24:00: 13. The walk-in day is gone.
        assertThat(holiday).hasSize(17 + 14 + 13);
        assertThat(holiday.findValuesAsText("appointmentOnly")).containsOnly("true");
        assertThat(slot(holiday, "08:30")).isNull();
        String code = book("C", "2026-12-07", "10:00", "13900139000").json().get("code").asText();

        at("2026-12-07T02:00:00Z"); // Monday 10:00, a holiday
        ApiClient.Reply walkIn = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
        assertThat(walkIn.status()).isEqualTo(409);
        assertThat(walkIn.json().get("nextWalkInOpening").asText()).isEqualTo("2026-12-08T08:30+08:00");
        assertThat(walkIn.json().get("appointmentOnlyUntil").asText()).isEqualTo("2026-12-07T16:00+08:00");
        ApiClient.Reply in = api.post("/api/v1/appointments/" + code + "/check-in", "demo-kiosk", null);
        assertThat(in.status()).isEqualTo(201);
        assertThat(in.json().get("number").asText()).isEqualTo("C001");

        at("2026-12-07T08:30:00Z"); // 16:30 on the holiday: neither walk-ins nor the booked
        ApiClient.Reply closed = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().has("nextWalkInOpening")).isFalse();
        assertThat(closed.json().get("detail").asText()).contains("今日不办理业务");
    }

    @Test
    void theDaysLastWalkInIsStillCalledAfterClosingByACounterOffTheNightDesk() {
        at("2026-12-04T08:55:00Z"); // Friday 16:55
        String walkIn = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
        at("2026-12-04T09:40:00Z"); // 17:40, the night has begun
        String staff = api.login("1001");
        api.post("/api/v1/counters/1/open", staff, null);
        ApiClient.Reply called = api.post("/api/v1/counters/1/call-next", staff, null);
        assertThat(called.status()).as(called.text()).isEqualTo(200);
        assertThat(called.json().get("id").asText()).isEqualTo(walkIn);
    }

    @Test
    void aServiceNotKeptForTheNightCannotBeBookedInIt() {
        ApiClient.Reply r = book("A", "2026-12-04", "02:00", "13800138000");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("start");
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    private JsonNode slots(String service, String date) {
        return api.get("/api/v1/appointments/slots?service=" + service + "&date=" + date, null).json().get("slots");
    }

    private static JsonNode slot(JsonNode slots, String start) {
        List<JsonNode> found = new ArrayList<>();
        slots.forEach(s -> {
            if (s.get("start").asText().equals(start)) {
                found.add(s);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private ApiClient.Reply book(String service, String date, String start, String phone) {
        return api.post("/api/v1/appointments", null, "{\"service\":\"" + service + "\",\"date\":\"" + date
                + "\",\"start\":\"" + start + "\",\"name\":\"张三\",\"phone\":\"" + phone + "\"}");
    }
}
