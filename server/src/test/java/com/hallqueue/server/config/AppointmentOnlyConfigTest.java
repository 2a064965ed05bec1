package com.hallqueue.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code appointments.appointmentOnly}: nights crossing midnight, holiday hours, and refusals naming the field. */
class AppointmentOnlyConfigTest {

    private static final String HALL = """
            hall: {name: 海关大厅}
            services: [{code: A, name: 综合业务}, {code: B, name: 报关业务}]
            counters: [{number: 1, services: [A]}, {number: 2, services: [B]}]
            hours: {week: {weekdays: {open: "08:30", lastTicket: "17:00", close: "17:30"}}}
            appointments:
              services: {A: {capacity: 0}}
            """;

    @Test
    void aNightCrossingMidnightAndHolidayHoursAreReadWithTheirServicesAndCounters() {
        AppointmentOnlyHours only = parse("""
                  appointmentOnly:
                    night: [["17:30", "08:30"]]
                    holidays: {open: "09:00", close: "16:00"}
                    counters: [2]
                """);
        assertThat(only.nights()).containsExactly(new AppointmentOnlyHours.Span(LocalTime.of(17, 30), LocalTime.of(8, 30)));
        assertThat(only.nights().get(0).crossesMidnight()).isTrue();
        assertThat(only.holidays()).isEqualTo(new AppointmentOnlyHours.Span(LocalTime.of(9, 0), LocalTime.of(16, 0)));
        assertThat(only.services()).as("every service that takes bookings").isEqualTo(Set.of("B"));
        assertThat(only.counters()).isEqualTo(Set.of(2));
    }

    @Test
    void withoutTheSectionNoHoursAreKeptForTheBooked() {
        assertThat(parse("").any()).isFalse();
    }

    @Test
    void aNightOverlappingTheOpeningHoursIsRefusedNamingTheSpanAndTheDay() {
        assertThatThrownBy(() -> parse("  appointmentOnly: {night: [[\"17:00\", \"08:30\"]]}\n"))
                .hasMessage("appointments.appointmentOnly.night[0]: 17:00–08:30 overlaps the opening hours of "
                        + "monday 08:30–17:30");
        assertThatThrownBy(() -> parse("  appointmentOnly: {night: [[\"17:30\", \"08:31\"]]}\n"))
                .hasMessageStartingWith("appointments.appointmentOnly.night[0]: 17:30–08:31 overlaps");
    }

    @Test
    void badSpansServicesAndCountersAreNamed() {
        assertThatThrownBy(() -> parse("  appointmentOnly: {night: [[\"17:30\"]]}\n"))
                .hasMessageStartingWith("appointments.appointmentOnly.night[0]: must be a pair");
        assertThatThrownBy(() -> parse("  appointmentOnly: {night: [[\"18:00\", \"18:00\"]]}\n"))
                .hasMessageStartingWith("appointments.appointmentOnly.night[0]: must be a span of some length");
        assertThatThrownBy(() -> parse("  appointmentOnly: {night: [[\"18:00\", \"25:00\"]]}\n"))
                .hasMessageStartingWith("appointments.appointmentOnly.night[0]: not a time of day");
        assertThatThrownBy(() -> parse("  appointmentOnly: {holidays: {open: \"16:00\", close: \"09:00\"}}\n"))
                .hasMessageStartingWith("appointments.appointmentOnly.holidays.close: must be after open");
        assertThatThrownBy(() -> parse("  appointmentOnly: {night: [[\"18:00\", \"06:00\"]], services: [A]}\n"))
                .hasMessage("appointments.appointmentOnly.services[0]: \"A\" is not a service that takes bookings");
        assertThatThrownBy(() -> parse("  appointmentOnly: {night: [[\"18:00\", \"06:00\"]], counters: [9]}\n"))
                .hasMessage("appointments.appointmentOnly.counters[0]: no counter 9");
        assertThatThrownBy(() -> parse("  appointmentOnly: {services: [B]}\n"))
                .hasMessageStartingWith("appointments.appointmentOnly: give night spans or holidays hours");
        assertThatThrownBy(() -> parse("  appointmentOnly: {night: [[\"18:00\", \"06:00\"]], daily: true}\n"))
                .hasMessageContaining("daily");
    }

    @Test
    void aServerGivenANightOverlappingTheDayStopsWithOneLineNamingItAndStatusTwo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("hall.yaml"), HALL + "  appointmentOnly: {night: [[\"17:00\", \"08:30\"]]}\n");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "com.hallqueue.server.Main", "server", "--config", file.toString(),
                "--port", "0", "--data", dir.resolve("d").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("exits").isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).contains("appointments.appointmentOnly.night[0]: 17:00–08:30 overlaps").doesNotContain("\n");
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void theExampleHallShowsANightDesk() {
        AppointmentOnlyHours only = new HallConfigLoader().load(Path.of("..", "config", "example-hall.yaml"))
                .appointments().appointmentOnly();
        assertThat(only.nights()).hasSize(1);
        assertThat(only.nights().get(0).crossesMidnight()).isTrue();
        assertThat(only.holidays()).isNotNull();
    }

    private static AppointmentOnlyHours parse(String section) {
        return new HallConfigLoader().parse(HALL + section, "customs hall").appointments().appointmentOnly();
    }
}
