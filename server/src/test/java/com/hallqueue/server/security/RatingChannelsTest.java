package com.hallqueue.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ratings come from citizens: the ticket's page, the kiosk, the evaluator pad of the counter
 * that served the ticket. Staff and managers are refused and the refusal is in the audit log;
 * each rating records its channel and the figures split by it. In this hall the gateway's pads
 * hang at counters 1 and 2 only.
 */
class RatingChannelsTest {

    private static RunningHall hall;
    private static ApiClient api;
    private static String staff;
    private static String manager;

    @BeforeAll
    static void start() throws Exception {
        String yaml = Halls.districtHallYaml("演示服务大厅", "demo", false)
                .replace("counters: [1, 2, 3, 4, 5, 6]", "counters: [1, 2]");
        hall = RunningHall.start(new HallConfigLoader().parse(yaml, "pads at 1 and 2"), Clock.systemUTC());
        api = hall.api;
        staff = api.login("1001");
        manager = api.login("9001");
        api.post("/api/v1/counters/1/open", staff, null);
    }

    @AfterAll
    static void stop() {
        hall.close();
    }

    @Test
    void staffMayNotRateTheTicketTheyJustServedNorMayAManager() {
        String id = servedAtCounterOne();
        assertThat(rate(id, staff).status()).isEqualTo(403);
        assertThat(rate(id, manager).status()).isEqualTo(403);
        assertThat(rate(id, "demo-printer").status()).as("the printer agent").isEqualTo(403);
        assertThat(rate(id, "demo-display").status()).as("a screen without pads").isEqualTo(403);
        assertThat(rate(id, null).status()).as("the citizen, after all that").isEqualTo(200);

        List<String> trail = new ArrayList<>();
        api.get("/api/v1/audit", manager).json().get("entries")
                .forEach(e -> trail.add(e.get("badge").asText() + " " + e.get("action").asText()));
        assertThat(trail).contains("1001 rating.refused", "9001 rating.refused", "K1 rating.refused",
                "hall rating.refused");
    }

    @Test
    void theEvaluatorRatesOnlyWhatItsOwnCounterServed() {
        String elsewhere = servedAt(3, api.login("1003"));
        assertThat(rate(elsewhere, "demo-gateway").status()).isEqualTo(403);
        String here = servedAtCounterOne();
        assertThat(rate(here, "demo-gateway").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit", manager).text()).contains("\"badge\":\"gateway\",\"action\":\"rating.refused\"");
    }

    @Test
    void eachRatingKeepsItsChannelAndTheFiguresSplitByIt() {
        rate(servedAtCounterOne(), null, 5);
        rate(servedAtCounterOne(), "demo-kiosk", 4);
        rate(servedAtCounterOne(), "demo-gateway", 2);
        JsonNode row = counterOne();
        JsonNode channels = row.get("ratingChannels");
        assertThat(channels.get("page").get("ratings").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(channels.get("kiosk").get("ratings").asInt()).isEqualTo(1);
        assertThat(channels.get("kiosk").get("satisfaction").asDouble()).isEqualTo(1.0);
        assertThat(channels.get("evaluator").get("ratings").asInt()).isGreaterThanOrEqualTo(1);
        int split = 0;
        for (JsonNode c : channels) {
            split += c.get("ratings").asInt();
        }
        assertThat(split).isEqualTo(row.get("ratings").asInt());
    }

    private static JsonNode counterOne() {
        for (JsonNode row : api.get("/api/v1/stats?by=counter", manager).json().get("rows")) {
            if (row.get("key").asText().equals("1")) {
                return row;
            }
        }
        throw new AssertionError("no row for counter 1");
    }

    private static String servedAtCounterOne() {
        return servedAt(1, staff);
    }

    private static String servedAt(int counter, String token) {
        api.post("/api/v1/counters/" + counter + "/open", token, null);
        String service = counter == 1 ? "A" : "B";
        String id = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}").json().get("id").asText();
        assertThat(api.post("/api/v1/counters/" + counter + "/call-next", token, null).json().get("id").asText()).isEqualTo(id);
        api.post("/api/v1/counters/" + counter + "/finish", token, null);
        return id;
    }

    private static ApiClient.Reply rate(String id, String token) {
        return rate(id, token, 5);
    }

    private static ApiClient.Reply rate(String id, String token, int score) {
        return api.post("/api/v1/tickets/" + id + "/rating", token, "{\"score\":" + score + "}");
    }
}
