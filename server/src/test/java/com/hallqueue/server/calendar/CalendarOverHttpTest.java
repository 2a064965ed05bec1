package com.hallqueue.server.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.config.DayHours;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.OpeningHours;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A manager edits the hall's calendar over HTTP while it runs, and the kiosk and the follow-up
 * deadlines go by it at once. The hall works Monday to Friday; its clock is Friday 11 December
 * 2026, 10:00 in Shanghai; its file lists New Year's Day 2027 as a holiday.
 */
class CalendarOverHttpTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);

    private final RunningHall hall = RunningHall.start(weekdayHall(), VirtualClock.at("2026-12-11T02:00:00Z"));
    private final ApiClient api = hall.api;
    private final String manager = api.login("9001");

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDayForAFollowUpDeadline() {
        // Fifteen working days (the default) after Friday 11th: 14–18, 21–25, 28–31 are fourteen;
        // New Year's Day is a holiday, so the fifteenth is Monday 4 January.
        assertThat(dueDatesAfterABadRating()).containsExactly("2027-01-04");

        Reply made = api.send("PUT", "/api/v1/calendar/2026-12-12", manager, "{\"kind\":\"WORKDAY\",\"name\":\"调休上班\"}");
        assertThat(made.status()).isEqualTo(200);

        // Now Sat 12 is the first, 14–18 and 21–25 the next ten, and 28–31 the last four: Thursday 31.
        assertThat(dueDatesAfterABadRating()).containsExactlyInAnyOrder("2027-01-04", "2026-12-31");
    }

    @Test
    void aHolidayMadeTodayClosesTheKioskAtOnceAndAnOrdinaryDayOpensItAgain() {
        api.send("PUT", "/api/v1/calendar/" + FRIDAY, manager, "{\"kind\":\"HOLIDAY\",\"name\":\"临时闭厅\"}");
        Reply refused = issue("A");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("今日不办理业务");

        api.send("PUT", "/api/v1/calendar/" + FRIDAY, manager, "{\"kind\":\"ORDINARY\"}");
        assertThat(issue("A").status()).isEqualTo(201);
    }

    @Test
    void theYearListsTheFilesDaysAndTheManagersChangesWhichAreAudited() {
        api.send("PUT", "/api/v1/calendar/2027-02-13", manager, "{\"kind\":\"WORKDAY\",\"name\":\"春节调休\"}");
        api.send("PUT", "/api/v1/calendar/2027-01-01", manager, "{\"kind\":\"ORDINARY\"}");

        JsonNode year = api.get("/api/v1/calendar?year=2027", manager).json();
        assertThat(year.get("days").findValuesAsText("date")).containsExactly("2027-01-01", "2027-02-13");
        assertThat(year.get("days").findValuesAsText("kind")).containsExactly("ORDINARY", "WORKDAY");
        assertThat(api.get("/api/v1/audit", manager).json().get("entries").findValuesAsText("subject"))
                .contains("2027-01-01", "2027-02-13");
    }

    @Test
    void badDaysAreRefusedNamingTheFieldAndOnlyManagersEditTheCalendar() {
        assertThat(refusedField("/api/v1/calendar/2026-13-01", "{\"kind\":\"HOLIDAY\"}")).isEqualTo("date");
        assertThat(refusedField("/api/v1/calendar/2026-12-25", "{\"kind\":\"FEAST\"}")).isEqualTo("kind");
        assertThat(refusedField("/api/v1/calendar/2026-12-25", "{\"kind\":\"HOLIDAY\",\"name\":\"" + "节".repeat(65) + "\"}"))
                .isEqualTo("name");
        assertThat(refusedField("/api/v1/calendar/" + FRIDAY, "{\"kind\":\"WORKDAY\"}")).as("a Friday is worked anyway")
                .isEqualTo("kind");
        assertThat(api.get("/api/v1/calendar?year=twenty", manager).status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/v1/calendar/2026-12-25", api.login("1001"), "{\"kind\":\"HOLIDAY\"}").status())
                .isEqualTo(403);
    }

    /** The due dates of the open follow-up cases, once another ticket is rated 非常不满意. */
    private List<String> dueDatesAfterABadRating() {
        String staff = api.login("1001");
        api.post("/api/v1/counters/1/open", staff, null);
        String id = issue("A").json().get("id").asText();
        api.post("/api/v1/counters/1/call-next", staff, null);
        api.post("/api/v1/counters/1/start", staff, null);
        api.post("/api/v1/counters/1/finish", staff, null);
        api.post("/api/v1/tickets/" + id + "/rating", null, "{\"score\":1}");
        return api.get("/api/v1/cases", manager).json().findValuesAsText("dueDate");
    }

    private Reply issue(String service) {
        return api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}");
    }

    private String refusedField(String path, String body) {
        Reply r = api.send("PUT", path, manager, body);
        assertThat(r.status()).as(path + " " + body).isEqualTo(400);
        return r.json().get("field").asText();
    }

    /** The demo hall open 08:30–17:00 Monday to Friday, New Year's Day 2027 off by its file. */
    static HallConfig weekdayHall() {
        HallConfig demo = Halls.demo();
        DayHours day = new DayHours(LocalTime.of(8, 30), LocalTime.of(16, 30), LocalTime.of(17, 0), List.of());
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, day);
        }
        return demo.withHours(new OpeningHours(week, Set.of(LocalDate.of(2027, 1, 1)), Set.of()));
    }
}
