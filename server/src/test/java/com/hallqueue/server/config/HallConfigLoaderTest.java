package com.hallqueue.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hall's YAML: the demo hall of the contract, the example file, and one-line errors that name the field. */
class HallConfigLoaderTest {

    private static final String GOOD = """
            hall: {name: 大厅, timeZone: Asia/Shanghai}
            services:
              - {code: A, name: 综合业务}
              - {code: B, name: 报关业务}
            counters:
              - {number: 1, services: [A]}
              - {number: 2, services: [A, B]}
            hours: {week: {weekdays: {open: "08:30", lastTicket: "16:30", close: "17:00"}}}
            """;

    private final HallConfigLoader loader = new HallConfigLoader();

    @Test
    void theDemoHallIsTheOneOfTheContract() {
        HallConfig demo = loader.demo();
        assertThat(demo.services()).extracting(ServiceDef::code).containsExactly("A", "B", "C");
        assertThat(demo.counter(3).orElseThrow().services()).containsExactly("B", "A");
        assertThat(demo.counter(6).orElseThrow().services()).containsExactly("A", "B", "C");
        assertThat(demo.staff()).extracting(StaffDef::badge)
                .containsExactly("1001", "1002", "1003", "1004", "1005", "1006", "9001");
        assertThat(demo.staffMember("9001").orElseThrow().role()).isEqualTo(StaffDef.Role.MANAGER);
        assertThat(PasswordHash.matches("demo".toCharArray(), demo.staffMember("1001").orElseThrow().passwordHash()))
                .isTrue();
        assertThat(demo.devices().kioskByToken("demo-kiosk").orElseThrow().id()).isEqualTo("K1");
        assertThat(demo.devices().kioskByPrinterToken("demo-printer")).isPresent();
        assertThat(demo.devices().displayByToken("demo-display")).isPresent();
        assertThat(demo.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(demo.hours().on(LocalDate.parse("2026-11-29")).orElseThrow().issuesAt(LocalTime.of(23, 59)))
                .isTrue();
    }

    @Test
    void theExampleHallFileIsValid() {
        HallConfig example = loader.load(Path.of("..", "config", "example-hall.yaml"));
        assertThat(example.hours().week()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(example.hours().on(LocalDate.parse("2027-01-01"))).isEmpty();
        assertThat(example.hours().on(LocalDate.parse("2027-02-07"))).isPresent();
    }

    @Test
    void aNamedWeekdayOverridesTheGroup() {
        HallConfig c = loader.parse(GOOD.replace("weekdays: {", "friday: {open: \"09:00\", close: \"12:00\"}, weekdays: {"), "t");
        assertThat(c.hours().week().get(DayOfWeek.FRIDAY).close()).isEqualTo(LocalTime.NOON);
        assertThat(c.hours().week().get(DayOfWeek.MONDAY).close()).isEqualTo(LocalTime.of(17, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "code: A, name: 综合业务}|code: AB, name: 综合业务}|services[0].code: must be one capital letter",
        "services: [A, B]}|services: [A, D]}|counters[1].services: unknown service \"D\"",
        "timeZone: Asia/Shanghai|timeZone: Mars/Olympus|hall.timeZone: unknown time zone",
        "lastTicket: \"16:30\"|lastTicket: \"18:30\"|hours.week.weekdays.lastTicket: must lie between open and close",
        "open: \"08:30\"|open: \"8h30\"|hours.week.weekdays.open: not a time of day",
        "{number: 2, services|{number: 1, services|counters[1].number: \"1\" appears twice",
        "weekdays: {|someday: {|hours.week.someday: not a weekday",
        "name: 大厅,|name: 大厅, colour: red,|hall.colour",
    })
    void aBadFieldStopsTheServerWithOneLineNamingIt(String good, String bad, String message) {
        String yaml = GOOD.replace(good, bad);
        assertThat(yaml).isNotEqualTo(GOOD);
        assertThatThrownBy(() -> loader.parse(yaml, "hall.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMissingSectionIsNamed() {
        assertThatThrownBy(() -> loader.parse(GOOD.replaceAll("(?s)counters:.*?hours", "hours"), "t"))
                .hasMessage("counters: is missing");
        assertThatThrownBy(() -> loader.parse("", "t")).hasMessageContaining("empty");
    }

    @Test
    void valuesLongerThanTheStoreKeepsAreRefusedAtStartNotAtTheFirstCommit() {
        String longName = GOOD + "staff:\n  - {badge: \"1001\", name: " + "王".repeat(65) + ", passwordHash: \""
                + PasswordHash.create("demo".toCharArray(), 1000) + "\"}\n";
        String longKiosk = GOOD + "devices:\n  kiosks:\n    - {id: " + "K".repeat(33) + ", token: a-kiosk-token-1}\n";
        assertThatThrownBy(() -> loader.parse(longName, "t")).hasMessageContaining("staff[0].name: must be at most 64");
        assertThatThrownBy(() -> loader.parse(longKiosk, "t"))
                .hasMessageContaining("devices.kiosks[0].id: must be at most 32");
    }

    @Test
    void theHallsOtherServersAreKeptAsOriginsAndAnythingElseIsNamed() {
        HallConfig c = loader.parse(GOOD + "screens: {servers: [\"HTTP://10.0.0.2:8080/halls/east/\", \"https://hall.example\"]}\n", "t");
        assertThat(c.screens().servers()).containsExactly("http://10.0.0.2:8080", "https://hall.example");
        assertThatThrownBy(() -> loader.parse(GOOD + "screens: {servers: [\"ftp://10.0.0.2\"]}\n", "t"))
                .hasMessageContaining("screens.servers[0]");
    }

    @Test
    void aPasswordThatIsNotAHashIsRefused() {
        String yaml = GOOD + "staff:\n  - {badge: \"1001\", name: 王, passwordHash: demo}\n";
        assertThatThrownBy(() -> loader.parse(yaml, "t")).hasMessageContaining("staff[0].passwordHash");
    }

    @Test
    void aShortDeviceTokenIsRefused() {
        String yaml = GOOD + "devices: {kiosks: [{id: K1, token: abc}]}\n";
        assertThatThrownBy(() -> loader.parse(yaml, "t")).hasMessageContaining("devices.kiosks[0].token");
    }

    @Test
    void aFileThatIsNotThereIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope.yaml"))).hasMessageContaining("nope.yaml: no such file");
    }

    @Test
    void brokenYamlIsReportedInOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("hall.yaml"), "hall: {name: [unclosed\n");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
