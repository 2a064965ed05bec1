package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.RunningHall;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The device gateway's token acts at a counter only when the config puts that counter's
 * call pad on its bus, and then for the member of staff working there.
 */
class CounterPadAccessTest {

    private static RunningHall hall;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        String demo = new String(readDemo(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("counters: [1, 2, 3, 4, 5, 6]}", "counters: [1, 2]}");
        hall = RunningHall.start(new HallConfigLoader().parse(demo, "pads on 1 and 2"), Clock.systemUTC());
        api = hall.api;
    }

    @AfterAll
    static void stop() {
        hall.close();
    }

    @Test
    void thePadCallsForTheStaffMemberWorkingAtItsCounter() {
        String staff = api.login("1001");
        api.post("/api/v1/counters/1/open", staff, null);
        api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");

        ApiClient.Reply called = api.post("/api/v1/counters/1/call-next", "demo-gateway", null);

        assertThat(called.status()).isEqualTo(200);
        assertThat(called.json().get("counter").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/counters/1/finish", "demo-gateway", null).json().get("status").asText())
                .isEqualTo("DONE");
        assertThat(api.get("/api/v1/counters/1", null).json().get("staff").get("badge").asText()).isEqualTo("1001");
    }

    @Test
    void aPadAtACounterNobodyWorksAtIsRefused() {
        ApiClient.Reply r = api.post("/api/v1/counters/2/call-next", "demo-gateway", null);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theGatewayMayNotActAtACounterWhosePadIsNotOnItsBusNorMayAScreen() {
        String staff = api.login("1003");
        api.post("/api/v1/counters/3/open", staff, null);

        assertThat(api.post("/api/v1/counters/3/call-next", "demo-gateway", null).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/counters/3/call-next", "demo-display", null).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/counters/1/open", "demo-gateway", null).status()).isEqualTo(403);
    }

    private static byte[] readDemo() {
        try (var in = CounterPadAccessTest.class.getResourceAsStream("/demo-hall.yaml")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
