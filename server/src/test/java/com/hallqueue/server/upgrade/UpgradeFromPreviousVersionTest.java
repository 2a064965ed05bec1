package com.hallqueue.server.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallqueue.server.backup.DataDir;
import com.hallqueue.server.backup.Restores;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ServerProcess;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema migrates from every released version: a hall written and backed up by release
 * 0.1.0 (schema versions 1–8, see {@link PreviousVersionFixture}) is restored and the new
 * server, started on it as a process, brings the schema up to date and serves what it held.
 */
class UpgradeFromPreviousVersionTest {

    private static final String RELEASE = "0.1.0";

    @TempDir
    Path dir;

    @Test
    void aHallWrittenByTheLastReleaseIsServedByThisOne() throws Exception {
        JsonNode facts = facts();
        DataDir data = new DataDir(dir.resolve("hall"));
        assertThat(Restores.restore(fixture(), data)).isEqualTo(3);
        assertThat(schemaVersion(data)).as("written by the release").isEqualTo(8);

        boolean sameDay = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().equals(facts.get("day").asText());
        try (ServerProcess server = ServerProcess.start(data.dir())) {
            ApiClient api = server.api();
            assertTicket(api, facts.get("served"), "DONE");
            assertTicket(api, facts.get("waiting"), sameDay ? "WAITING" : "EXPIRED");
            assertTicket(api, facts.get("called"), sameDay ? "CALLED" : "EXPIRED");

            JsonNode booking = api.get("/api/v1/appointments/" + facts.get("booking").asText(), null).json();
            assertThat(booking.get("service").asText()).isEqualTo("B");
            assertThat(booking.get("name").asText()).isEqualTo("张*");
            assertThat(booking.get("status").asText()).isIn("BOOKED", "MISSED");

            String manager = api.login("9001");
            String day = facts.get("day").asText();
            JsonNode cases = api.get("/api/v1/cases?from=" + day + "&to=" + day, manager).json().get("cases");
            assertThat(cases).singleElement().satisfies(c -> {
                assertThat(c.get("number").asText()).isEqualTo(facts.get("served").get("number").asText());
                assertThat(c.get("score").asInt()).isEqualTo(1);
            });
            JsonNode rows = api.get("/api/v1/stats?from=" + day + "&to=" + day + "&by=service", manager).json().get("rows");
            assertThat(rows.findValues("issued").stream().mapToInt(JsonNode::asInt).sum()).isEqualTo(3);
            assertThat(api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").status()).isEqualTo(201);
            assertThat(server.terminate()).isZero();
        }
        assertThat(schemaVersion(data)).as("migrated at start").isEqualTo(latestVersion());
    }

    private static void assertTicket(ApiClient api, JsonNode fact, String status) {
        JsonNode t = api.get("/api/v1/tickets/" + fact.get("id").asText(), null).json();
        assertThat(t.get("number").asText()).isEqualTo(fact.get("number").asText());
        assertThat(t.get("status").asText()).as(fact.get("number").asText()).isEqualTo(status);
    }

    private Path fixture() throws Exception {
        Path zip = dir.resolve("hall-" + RELEASE + ".zip");
        try (InputStream in = getClass().getResourceAsStream("/upgrade/" + RELEASE + "/hall.zip")) {
            Files.copy(in, zip);
        }
        return zip;
    }

    private JsonNode facts() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/upgrade/" + RELEASE + "/facts.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static int schemaVersion(DataDir data) throws Exception {
        try (Connection c = DriverManager.getConnection(data.jdbcUrl(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int latestVersion() {
        try (HallStore store = HallStore.open("jdbc:h2:mem:latest")) {
            return store.schemaVersion();
        }
    }
}
