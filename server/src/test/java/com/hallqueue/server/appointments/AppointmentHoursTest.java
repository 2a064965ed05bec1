package com.hallqueue.server.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.testing.AppointmentHalls;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The night desk's hours day by day: walk-ins weekdays 08:30–17:00 (closing 17:30), the booked
 * only every night 17:30–08:30 and 09:00–16:00 on the holiday Monday 2026-12-07.
 */
class AppointmentHoursTest {

    private final HallConfig config = AppointmentHalls.nightDesk();
    private final AppointmentHours hours = new AppointmentHours(config);

    @Test
    void aNightAcrossMidnightIsTheEarlyMorningOfOneDayAndTheEveningOfIt() {
        assertThat(hours.on(LocalDate.of(2026, 12, 4))).containsExactly(
                span("2026-12-04T00:00", "2026-12-04T08:30"),
                span("2026-12-04T17:30", "2026-12-05T00:00"));
    }

    @Test
    void onTheHolidayItsHoursJoinTheNightsAndTouchingSpansAreOne() {
        assertThat(hours.on(LocalDate.of(2026, 12, 7))).containsExactly(
                span("2026-12-07T00:00", "2026-12-07T08:30"),
                span("2026-12-07T09:00", "2026-12-07T16:00"),
                span("2026-12-07T17:30", "2026-12-08T00:00"));
    }

    @Test
    void theNightRunsAcrossEveryMidnightButTheDayIsForWalkIns() {
        assertThat(hours.runsAcrossMidnightInto(LocalDate.of(2026, 12, 4))).isTrue();
        assertThat(hours.at(LocalDateTime.parse("2026-12-04T08:29"))).isPresent();
        assertThat(hours.at(LocalDateTime.parse("2026-12-04T08:30"))).isEmpty();
        assertThat(hours.at(LocalDateTime.parse("2026-12-04T17:29"))).isEmpty();
        assertThat(hours.at(LocalDateTime.parse("2026-12-04T17:30"))).isPresent();
    }

    @Test
    void theNextWalkInOpeningSkipsTheWeekendAndTheHoliday() {
        assertThat(hours.nextWalkInOpening(LocalDateTime.parse("2026-12-04T02:00")))
                .contains(LocalDateTime.parse("2026-12-04T08:30"));
        assertThat(hours.nextWalkInOpening(LocalDateTime.parse("2026-12-04T17:45")))
                .contains(LocalDateTime.parse("2026-12-08T08:30"));
        assertThat(hours.nextWalkInOpening(LocalDateTime.parse("2026-12-03T10:00")))
                .as("while walk-ins are taken, now").contains(LocalDateTime.parse("2026-12-03T10:00"));
    }

    @Test
    void onlyTheNightDesksCountersCallThoseCheckedInAtNightButAnyServesTheDaysWalkIns() {
        assertThat(hours.callRefusal(1, LocalDateTime.parse("2026-12-04T02:00"))).get()
                .extracting(Refused::message).asString().startsWith("对不起，预约时段签到的群众由 3、4 号窗口办理");
        assertThat(hours.callRefusal(3, LocalDateTime.parse("2026-12-04T02:00"))).isEmpty();
        assertThat(hours.callRefusal(1, LocalDateTime.parse("2026-12-04T16:55"))).as("a walk-in of the day").isEmpty();
    }

    @Test
    void theNightsSlotsAreMarkedAndNoneRunsPastMidnight() {
        SlotPlan plan = new SlotPlan(config);
        var friday = plan.slots("B", LocalDate.of(2026, 12, 4));
        assertThat(friday).allMatch(s -> !s.end().isAfter(LocalDate.of(2026, 12, 5).atStartOfDay()));
        assertThat(friday.stream().filter(plan::appointmentOnly)).hasSize(17 + 13);
        assertThat(plan.slots("A", LocalDate.of(2026, 12, 4)).stream().filter(plan::appointmentOnly)).isEmpty();
    }

    private static AppointmentHours.Span span(String from, String to) {
        return new AppointmentHours.Span(LocalDateTime.parse(from), LocalDateTime.parse(to));
    }
}
