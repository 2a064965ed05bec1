package com.hallqueue.server.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallqueue.server.HallApp;
import com.hallqueue.server.backup.Backups;
import com.hallqueue.server.backup.DataDir;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the fixture {@link UpgradeFromPreviousVersionTest} opens: a hall written by a released
 * version, with a served and rated ticket (and so a follow-up case), a waiting one, a called
 * one, a booking and logins, backed up as a release would. Run it with the code of the release
 * being frozen, once, before its schema changes:
 * {@code mvn -pl server test -Dtest=PreviousVersionFixture -Dhallqueue.fixture=server/src/test/resources/upgrade/0.1.0}
 */
@EnabledIfSystemProperty(named = "hallqueue.fixture", matches = ".+")
class PreviousVersionFixture {

    @Test
    void writeTheFixture() throws Exception {
        Path out = Path.of(System.getProperty("hallqueue.fixture")).toAbsolutePath();
        Path data = Files.createTempDirectory("hall-fixture");
        Map<String, Object> facts = new LinkedHashMap<>();
        try (RunningHall hall = RunningHall.start(Halls.demo(), new DataDir(data).jdbcUrl(), HallApp.PRINTER_SILENCE)) {
            ApiClient api = hall.api;
            Reply served = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            Reply waiting = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\",\"priority\":true}");
            Reply called = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
            String staff = api.login("1001");
            api.post("/api/v1/counters/1/open", staff, null);
            api.post("/api/v1/counters/1/call-next", staff, null);
            api.post("/api/v1/counters/1/start", staff, null);
            api.post("/api/v1/counters/1/finish", staff, null);
            assertThat(api.post("/api/v1/tickets/" + id(served) + "/rating", null, "{\"score\":1}").status())
                    .isEqualTo(200);
            String other = api.login("1005");
            api.post("/api/v1/counters/5/open", other, null);
            api.post("/api/v1/counters/5/call-next", other, null);
            LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            Reply booked = api.post("/api/v1/appointments", null, "{\"service\":\"B\",\"date\":\"" + day.plusDays(1)
                    + "\",\"start\":\"09:00\",\"name\":\"张三\",\"phone\":\"13800138000\"}");
            assertThat(booked.status()).isEqualTo(201);
            api.login("9001");
            facts.put("day", day.toString());
            facts.put("served", Map.of("id", id(served), "number", served.json().get("number").asText()));
            facts.put("waiting", Map.of("id", id(waiting), "number", waiting.json().get("number").asText()));
            facts.put("called", Map.of("id", id(called), "number", called.json().get("number").asText()));
            facts.put("booking", booked.json().get("code").asText());
        }
        Files.createDirectories(out);
        Backups.take(new DataDir(data), out.resolve("hall.zip"));
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("facts.json").toFile(), facts);
    }

    private static String id(Reply r) {
        return r.json().get("id").asText();
    }
}
