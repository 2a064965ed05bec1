package com.hallqueue.server.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two halls in one deployment on PostgreSQL: each has its own numbering, devices, staff and
 * screens, and no token of one reaches the other. The home hall's district manager sees both.
 */
class TwoHallsTest {

    @TempDir
    Path dir;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String east = "east_" + suffix;
    private final String west = "west_" + suffix;
    private ServerProcess server;
    private ApiClient api;

    @BeforeEach
    void startTheDeployment() throws IOException {
        Files.writeString(dir.resolve("east.yaml"), Halls.districtHallYaml("东区服务大厅", "east", true));
        Files.writeString(dir.resolve("west.yaml"), Halls.districtHallYaml("西区服务大厅", "west", false));
        Files.writeString(dir.resolve("district.yaml"), "halls:\n  - {id: " + east + ", config: east.yaml}\n"
                + "  - {id: " + west + ", config: west.yaml}\n");
        List<String> args = new ArrayList<>(List.of("--deployment", dir.resolve("district.yaml").toString()));
        args.addAll(database());
        server = ServerProcess.start(dir.resolve("data"), args.toArray(String[]::new));
        api = server.api();
    }

    /** The run's PostgreSQL database; {@link TwoHallsOnH2Test} leaves the halls in the H2 file under --data. */
    List<String> database() {
        return List.of("--db", Postgres.database());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eachHallNumbersItsOwnTicketsAndTheHomeHallAnswersAtTheRoot() {
        assertThat(issue("/halls/" + east, "east-kiosk").get("number").asText()).isEqualTo("A001");
        assertThat(issue("/halls/" + west, "west-kiosk").get("number").asText()).isEqualTo("A001");
        assertThat(issue("", "east-kiosk").get("number").asText()).isEqualTo("A002");
        assertThat(waitingA("/halls/" + west)).isEqualTo(1);
        assertThat(waitingA("")).isEqualTo(2);
        assertThat(api.get("/halls/nowhere/api/v1/queue", null).status()).isEqualTo(404);
    }

    @Test
    void noDeviceOrStaffTokenOrTicketOfOneHallReachesTheOther() {
        assertThat(api.post("/halls/" + west + "/api/v1/tickets", "east-kiosk", "{\"service\":\"A\"}").status())
                .isEqualTo(401);
        String eastTicket = issue("/halls/" + east, "east-kiosk").get("id").asText();
        assertThat(api.get("/halls/" + west + "/api/v1/tickets/" + eastTicket, null).status()).isEqualTo(404);

        String eastStaff = login("/halls/" + east, "1001");
        assertThat(api.post("/halls/" + west + "/api/v1/counters/1/open", eastStaff, null).status()).isEqualTo(401);
        String westManager = login("/halls/" + west, "9001");
        assertThat(api.get("/halls/" + east + "/api/v1/stats", westManager).status()).isEqualTo(401);
        assertThat(api.get("/halls/" + west + "/api/v1/stats", westManager).status()).isEqualTo(200);
    }

    @Test
    void aHallsScreensAreToldOnlyOfThatHall() {
        EventStream screen = events("/halls/" + west, "west-display");
        screen.next("snapshot");
        issue("/halls/" + east, "east-kiosk");
        String westTicket = issue("/halls/" + west, "west-kiosk").get("id").asText();
        assertThat(screen.next("ticket.issued").get("ticket").get("id").asText()).isEqualTo(westTicket);
        assertThat(api.get("/halls/" + east + "/ws?token=west-display", null).status()).isEqualTo(401);
    }

    @Test
    void theDistrictManagerSeesEveryHallSideBySideAndNobodyElseDoes() {
        issue("/halls/" + west, "west-kiosk");
        String district = login("", "8001");
        JsonNode halls = api.get("/api/v1/district/halls", district).json().get("halls");
        assertThat(halls).extracting(h -> h.get("id").asText()).containsExactly(east, west);
        assertThat(halls.get(1).get("name").asText()).isEqualTo("西区服务大厅");
        assertThat(halls.get(1).get("queue").get("services").get(0).get("waiting").asInt()).isEqualTo(1);
        assertThat(halls.get(0).get("counters")).hasSize(6);
        JsonNode stats = api.get("/api/v1/district/stats?by=service", district).json();
        assertThat(stats.get("halls")).hasSize(2);
        assertThat(stats.get("halls").get(1).get("rows").get(0).get("issued").asInt()).isEqualTo(1);

        assertThat(api.get("/api/v1/district/halls", login("", "9001")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/district/halls", login("/halls/" + west, "9001")).status()).isEqualTo(401);
        assertThat(api.get("/halls/" + west + "/api/v1/district/halls", null).status()).isEqualTo(404);
    }

    private JsonNode issue(String hall, String kiosk) {
        ApiClient.Reply r = api.post(hall + "/api/v1/tickets", kiosk, "{\"service\":\"A\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json();
    }

    private int waitingA(String hall) {
        return api.get(hall + "/api/v1/queue", null).json().get("services").get(0).get("waiting").asInt();
    }

    private String login(String hall, String badge) {
        ApiClient.Reply r = api.post(hall + "/api/v1/auth/login", null,
                "{\"badge\":\"" + badge + "\",\"password\":\"demo\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().get("token").asText();
    }

    private EventStream events(String hall, String token) {
        return api.eventsAt(hall + "/ws", token);
    }
}
