package com.hallqueue.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Eventually;
import com.hallqueue.server.testing.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox survives {@code kill -9}: what was decided and not yet recorded sent (here, killed
 * while the gateway was still answering) goes out after the restart, with the same key.
 */
class NotifierRestartTest {

    @TempDir
    Path dir;

    @Test
    void aMessageNotYetSentWhenTheServerIsKilledIsSentAfterItStartsAgain() throws Exception {
        // first slow: the server is killed while its attempt is on the way, the message claimed (SENDING)
        try (FakeGateway gateway = new FakeGateway(Duration.ofSeconds(5))) {
            Path config = dir.resolve("hall.yaml");
            Files.writeString(config, NotifierTest.hallYaml(gateway.url(), 1000, 2000));
            gateway.answer(FakeGateway.Mode.SLOW);
            Path data = dir.resolve("data");
            try (ServerProcess first = ServerProcess.start(data, "--config", config.toString())) {
                ApiClient api = first.api();
                String id = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
                assertThat(api.post("/api/v1/tickets/" + id + "/notify", null,
                        "{\"phone\":\"" + NotifierTest.PHONE + "\"}").status()).isEqualTo(200);
                String staff = api.login("1001");
                api.post("/api/v1/counters/1/open", staff, null);
                assertThat(api.post("/api/v1/counters/1/call-next", staff, null).status()).isEqualTo(200);
                gateway.await(l -> !l.isEmpty()); // decided, and on its way: not yet recorded sent
                first.kill9();
            }
            int failedBefore = gateway.received().size();
            gateway.answer(FakeGateway.Mode.OK);
            try (ServerProcess again = ServerProcess.start(data, "--config", config.toString())) {
                List<FakeGateway.Received> all = gateway.await(l -> l.size() > failedBefore);
                assertThat(all.get(all.size() - 1).body()).contains("请A001号到1号窗口办理");
                assertThat(all.stream().map(FakeGateway.Received::idempotencyKey).distinct()).hasSize(1);
                JsonNode sent = awaitSent(again.api());
                assertThat(sent.get("ticketNumber").asText()).isEqualTo("A001");
            }
        }
    }

    private static JsonNode awaitSent(ApiClient api) {
        String manager = api.login("9001");
        return Eventually.await("a message recorded sent after the restart", Duration.ofSeconds(30), () -> {
            JsonNode messages = api.get("/api/v1/notifications?state=SENT", manager).json().get("messages");
            return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(0));
        });
    }
}
