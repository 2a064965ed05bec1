package com.hallqueue.server.matters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.HallApp;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A matter outlives the server: its notice, its first counter and its outcome are read back at start. */
class MattersAfterRestartTest {

    @TempDir
    Path data;

    @Test
    void anOpenNoticeIsRedeemedAfterARestartAndItsClosingIsReadBackAfterAnother() {
        String url = "jdbc:h2:file:" + data.resolve("hallqueue") + ";WRITE_DELAY=0";
        String code;
        String firstId;
        try (RunningHall hall = RunningHall.start(Halls.demo(), url, HallApp.PRINTER_SILENCE)) {
            firstId = hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}").json().get("id").asText();
            String zhang = hall.api.login("1003");
            hall.api.post("/api/v1/counters/3/open", zhang, null);
            hall.api.post("/api/v1/counters/3/call-next", zhang, null);
            code = hall.api.post("/api/v1/counters/3/finish", zhang,
                    "{\"outcome\":\"NOTICE\",\"materials\":[\"报关单 / Declaration form\"]}").json()
                    .get("notice").get("code").asText();
        }
        try (RunningHall hall = RunningHall.start(Halls.demo(), url, HallApp.PRINTER_SILENCE)) {
            JsonNode first = hall.api.get("/api/v1/tickets/" + firstId, null).json();
            assertThat(first.get("outcome").asText()).isEqualTo("NOTICE");
            assertThat(first.get("firstCounter").asInt()).isEqualTo(3);
            assertThat(hall.api.get("/api/v1/matters", hall.api.login("9001")).json().get("matters")).hasSize(1);
            JsonNode back = hall.api.post("/api/v1/tickets", "demo-kiosk",
                    "{\"service\":\"B\",\"notice\":\"" + code + "\"}").json();
            assertThat(back.get("returnOf").asText()).isEqualTo("B001");
            assertThat(back.get("firstCounter").asInt()).isEqualTo(3);
            String liu = hall.api.login("1004");
            hall.api.post("/api/v1/counters/4/open", liu, null);
            hall.api.post("/api/v1/counters/4/call-next", liu, null);
            hall.api.post("/api/v1/counters/4/finish", liu, "{\"outcome\":\"REFUSED\",\"note\":\"不符合条件\"}");
        }
        try (RunningHall hall = RunningHall.start(Halls.demo(), url, HallApp.PRINTER_SILENCE)) {
            JsonNode notice = hall.api.get("/api/v1/notices/" + code, null).json();
            assertThat(notice.get("state").asText()).isEqualTo("CLOSED");
            assertThat(notice.get("closedAs").asText()).isEqualTo("REFUSED");
            assertThat(notice.get("materials").get(0).asText()).isEqualTo("报关单 / Declaration form");
            assertThat(hall.api.get("/api/v1/matters", hall.api.login("9001")).json().get("matters")).isEmpty();
        }
    }
}
