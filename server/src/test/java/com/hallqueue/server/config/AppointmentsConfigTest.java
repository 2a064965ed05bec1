package com.hallqueue.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code appointments} section: the demo hall's settings, defaults, and refusals that name the field. */
class AppointmentsConfigTest {

    private static final String HALL = """
            hall: {name: 大厅}
            services: [{code: A, name: 综合业务}, {code: B, name: 报关业务}]
            counters: [{number: 1, services: [A, B]}]
            hours: {week: {daily: {open: "08:30", close: "17:00"}}}
            """;

    @Test
    void theDemoHallBooksEveryServiceInThirtyMinuteSlotsForThreeSevenDaysAhead() {
        AppointmentRules rules = new HallConfigLoader().demo().appointments();
        for (String service : new String[] {"A", "B", "C"}) {
            assertThat(rules.slots(service)).contains(new AppointmentRules.SlotSize(Duration.ofMinutes(30), 3));
        }
        assertThat(rules.daysAhead()).isEqualTo(7);
        assertThat(rules.earlyCheckIn()).isEqualTo(Duration.ofMinutes(15));
        assertThat(rules.lateCheckIn()).isEqualTo(Duration.ofMinutes(15));
        assertThat(rules.bookingsPerMinute()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void withoutTheSectionTheHallTakesNoBookings() {
        assertThat(parse("").appointments().slots("A")).isEmpty();
        assertThat(parse("").appointments().remoteTickets()).isFalse();
    }

    @Test
    void aServiceMayDifferOrTakeNone() {
        AppointmentRules rules = parse("appointments: {services: {A: {capacity: 0}, B: {slotMinutes: 60}}}").appointments();
        assertThat(rules.slots("A")).isEmpty();
        assertThat(rules.slots("B")).contains(new AppointmentRules.SlotSize(Duration.ofMinutes(60), 3));
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> parse("appointments: {bookingsPerMinute: 10}"))
                .hasMessageStartingWith("appointments.bookingsPerMinute:");
        assertThatThrownBy(() -> parse("appointments: {services: {D: {capacity: 1}}}"))
                .hasMessageStartingWith("appointments.services.D:");
        assertThatThrownBy(() -> parse("appointments: {checkIn: {lateMinutes: -1}}"))
                .hasMessageStartingWith("appointments.checkIn.lateMinutes:");
    }

    @Test
    void theExampleHallExplainsAValidSection() {
        AppointmentRules rules = new HallConfigLoader().load(Path.of("..", "config", "example-hall.yaml")).appointments();
        assertThat(rules.slots("C")).contains(new AppointmentRules.SlotSize(Duration.ofMinutes(60), 1));
        assertThat(rules.remotePerPhonePerDay()).isEqualTo(3);
    }

    private static HallConfig parse(String appointments) {
        return new HallConfigLoader().parse(HALL + appointments, "test hall");
    }
}
