package com.hallqueue.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.RunningHall;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The webhook adapter: the message as JSON, signed so the receiver can trust it. */
class WebhookTest {

    private static final String SECRET = "a-secret-of-the-hall-0123456789";

    @Test
    void theCallGoesAsSignedJsonThatTheReceiverCanCheck() throws Exception {
        try (FakeGateway receiver = new FakeGateway(Duration.ofMillis(100));
             RunningHall hall = RunningHall.start(new HallConfigLoader().parse(yaml(receiver.url()), "webhook hall"),
                     Clock.systemUTC())) {
            ApiClient api = hall.api;
            String id = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
            assertThat(api.post("/api/v1/tickets/" + id + "/notify", null, "{\"phone\":\"13900001111\"}").status())
                    .isEqualTo(200);
            String staff = api.login("1001");
            api.post("/api/v1/counters/1/open", staff, null);
            api.post("/api/v1/counters/1/call-next", staff, null);
            FakeGateway.Received got = receiver.await(l -> !l.isEmpty()).get(0);
            assertThat(got.signature()).isEqualTo("sha256=" + hmac(got.body()));
            JsonNode event = new ObjectMapper().readTree(got.body());
            assertThat(event.get("type").asText()).isEqualTo("notify.called");
            assertThat(event.get("phone").asText()).isEqualTo("13900001111");
            assertThat(event.get("number").asText()).isEqualTo("A001");
            assertThat(event.get("counter").asInt()).isEqualTo(1);
            assertThat(event.get("text").asText()).startsWith("您好").contains("1号窗口");
            assertThat(got.delivery()).isEqualTo(event.get("id").asText());
        }
    }

    /** Computed here as a receiver would, from the body as received. */
    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String yaml(String url) {
        return NotifierTest.demoWith("""
                notifier:
                  adapter: webhook
                  pollMillis: 50
                  webhook: {url: "%s", secret: %s, timeoutMillis: 2000}
                """.formatted(url, SECRET));
    }
}
