package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The appointment endpoints of the public contract on the demo hall. Friday 2026-11-27, 09:00 in Shanghai. */
class AppointmentApiTest {

    private final VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");
    private final RunningHall hall = RunningHall.start(Halls.demo(), clock);
    private final ApiClient api = hall.api;

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void theDemoHallOffersThirtyMinuteSlotsForThreeFromMidnight() {
        JsonNode slots = api.get("/api/v1/appointments/slots?service=B&date=2026-11-28", null).json().get("slots");
        assertThat(slots).hasSize(48);
        assertThat(slots.get(0).toString()).contains("\"start\":\"00:00\"", "\"end\":\"00:30\"", "\"capacity\":3",
                "\"booked\":0");
        assertThat(slots.get(47).get("end").asText()).isEqualTo("24:00");
        assertThat(api.get("/api/v1/appointments/slots?service=A&date=2026-12-04", null).json().get("slots")).hasSize(48);
    }

    @Test
    void bookingAnswers201WithTheCodeAndNothingPersonalInFull() {
        ApiClient.Reply r = book("B", "2026-11-28", "09:00", "13800138000");
        assertThat(r.status()).isEqualTo(201);
        JsonNode b = r.json();
        assertThat(b.get("code").asText()).matches("[2-9A-Z]{8}");
        assertThat(b.toString()).contains("\"service\":\"B\"", "\"date\":\"2026-11-28\"", "\"start\":\"09:00\"",
                "\"end\":\"09:30\"", "\"status\":\"BOOKED\"", "138****8000", "张*")
                .doesNotContain("13800138000", "张三");
        JsonNode slot = api.get("/api/v1/appointments/slots?service=B&date=2026-11-28", null).json().get("slots").get(18);
        assertThat(slot.get("start").asText()).isEqualTo("09:00");
        assertThat(slot.get("booked").asInt()).isEqualTo(1);
        String code = b.get("code").asText();
        assertThat(api.get("/api/v1/appointments/" + code.toLowerCase(), null).json().get("phone").asText())
                .isEqualTo("138****8000");
    }

    @Test
    void aFullSlotAndASecondBookingOfOnePhoneAreConflicts() {
        for (int i = 1; i <= 3; i++) {
            assertThat(book("A", "2026-11-28", "10:00", "1390000000" + i).status()).isEqualTo(201);
        }
        ApiClient.Reply full = book("A", "2026-11-28", "10:00", "13900000004");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().get("reason").asText()).isEqualTo("slot-full");
        ApiClient.Reply again = book("C", "2026-11-28", "15:00", "13900000001");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("reason").asText()).isEqualTo("phone-limit");
        assertThat(book("C", "2026-11-29", "15:00", "13900000001").status()).isEqualTo(201);
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertField(api.post("/api/v1/appointments", null, "{\"service\":\"B\",\"date\":\"2026-11-28\",\"start\":\"09:00\",\"name\":\"张三\"}"), "phone");
        assertField(book("B", "28/11/2026", "09:00", "13800138000"), "date");
        assertField(book("B", "2026-11-28", "09:10", "13800138000"), "start");
        assertField(book("B", "2026-11-28", "9am", "13800138000"), "start");
        assertField(book("X", "2026-11-28", "09:00", "13800138000"), "service");
        assertField(book("B", "2026-11-28", "09:00", "12345"), "phone");
        assertField(api.get("/api/v1/appointments/slots?service=B", null), "date");
        assertField(api.post("/api/v1/appointments", null, "[1]"), "body");
        assertThat(api.send("DELETE", "/api/v1/appointments/nonsense", null, null).status()).isEqualTo(404);
    }

    @Test
    void cancellingWithTheCodeFreesThePlace() {
        String code = book("B", "2026-11-28", "09:00", "13800138000").json().get("code").asText();
        ApiClient.Reply cancelled = api.send("DELETE", "/api/v1/appointments/" + code, null, null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get("/api/v1/appointments/slots?service=B&date=2026-11-28", null).json().get("slots").get(18)
                .get("booked").asInt()).isZero();
        assertThat(api.send("DELETE", "/api/v1/appointments/" + code, null, null).status()).isEqualTo(409);
    }

    @Test
    void checkInAtTheKioskGivesAPriorityTicketOnlyInsideTheWindow() {
        String code = book("B", "2026-11-27", "10:00", "13800138000").json().get("code").asText();
        String path = "/api/v1/appointments/" + code + "/check-in";
        assertThat(api.post(path, null, null).status()).isEqualTo(401);
        ApiClient.Reply early = api.post(path, "demo-kiosk", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().get("reason").asText()).isEqualTo("too-early");
        clock.advance(Duration.ofMinutes(45));
        ApiClient.Reply in = api.post(path, "demo-kiosk", null);
        assertThat(in.status()).isEqualTo(201);
        assertThat(in.json().get("priority").asBoolean()).isTrue();
        assertThat(in.json().get("number").asText()).isEqualTo("B001");
        assertThat(api.post(path, "demo-kiosk", null).json().get("reason").asText()).isEqualTo("already-used");
    }

    @Test
    void aLateCheckInIsRefusedWithTheOfferOfANormalTicket() {
        String code = book("A", "2026-11-27", "09:00", "13800138000").json().get("code").asText();
        clock.advance(Duration.ofMinutes(45));
        ApiClient.Reply late = api.post("/api/v1/appointments/" + code + "/check-in", "demo-kiosk", null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("reason").asText()).isEqualTo("too-late");
        assertThat(late.json().get("detail").asText()).contains("普通号", "normal ticket");
    }

    @Test
    void anAddressMayBookAtLeastTwentyTimesAMinuteThenGets429() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(book("A", "2026-11-28", String.format("%02d:00", i % 24), String.format("137%08d", i)).status());
        }
        assertThat(statuses.subList(0, 20)).allMatch(s -> s == 201 || s == 409);
        assertThat(statuses).contains(429);
        assertThat(api.get("/api/v1/appointments/slots?service=A&date=2026-11-28", null).status()).isEqualTo(200);
    }

    @Test
    void aPhoneTakesARemoteNumberForTodayAndFollowsIt() {
        ApiClient.Reply t = api.post("/api/v1/remote-tickets", null, "{\"service\":\"A\",\"phone\":\"13800138000\"}");
        assertThat(t.status()).isEqualTo(201);
        assertThat(t.json().get("number").asText()).isEqualTo("A001");
        assertThat(t.json().get("priority").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/tickets/" + t.json().get("id").asText(), null).json().get("status").asText())
                .isEqualTo("WAITING");
        for (int i = 0; i < 2; i++) {
            api.post("/api/v1/remote-tickets", null, "{\"service\":\"B\",\"phone\":\"138 0013 8000\"}");
        }
        ApiClient.Reply fourth = api.post("/api/v1/remote-tickets", null, "{\"service\":\"B\",\"phone\":\"13800138000\"}");
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(api.post("/api/v1/remote-tickets", null, "{\"service\":\"B\",\"phone\":\"13800138001\"}").status())
                .isEqualTo(201);
        assertField(api.post("/api/v1/remote-tickets", null, "{\"service\":\"B\"}"), "phone");
    }

    private ApiClient.Reply book(String service, String date, String start, String phone) {
        return api.post("/api/v1/appointments", null, "{\"service\":\"" + service + "\",\"date\":\"" + date
                + "\",\"start\":\"" + start + "\",\"name\":\"张三\",\"phone\":\"" + phone + "\"}");
    }

    private static void assertField(ApiClient.Reply r, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("field").asText()).isEqualTo(field);
    }
}
