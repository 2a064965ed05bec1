package com.hallqueue.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ServerProcess;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A booking acknowledged with 201 is there after {@code kill -9}, its place still taken. */
class BookingKillNineTest {

    @TempDir
    Path data;

    @Test
    void anAcknowledgedBookingSurvivesKillNine() throws Exception {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        String code;
        try (ServerProcess server = ServerProcess.start(data)) {
            ApiClient.Reply r = server.api().post("/api/v1/appointments", null, "{\"service\":\"C\",\"date\":\""
                    + tomorrow + "\",\"start\":\"10:00\",\"name\":\"王五\",\"phone\":\"13700137000\"}");
            assertThat(r.status()).isEqualTo(201);
            code = r.json().get("code").asText();
            server.kill9();
        }
        try (ServerProcess restarted = ServerProcess.start(data)) {
            ApiClient api = restarted.api();
            assertThat(api.get("/api/v1/appointments/" + code, null).json().get("status").asText()).isEqualTo("BOOKED");
            assertThat(api.get("/api/v1/appointments/slots?service=C&date=" + tomorrow, null).json().get("slots").get(20)
                    .get("booked").asInt()).isEqualTo(1);
            assertThat(api.post("/api/v1/appointments", null, "{\"service\":\"A\",\"date\":\"" + tomorrow
                    + "\",\"start\":\"11:00\",\"name\":\"王五\",\"phone\":\"13700137000\"}").status()).isEqualTo(409);
        }
    }
}
