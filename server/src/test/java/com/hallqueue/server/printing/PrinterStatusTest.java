package com.hallqueue.server.printing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** printer.status on the event stream, the silent-agent rule, and what survives a restart. */
class PrinterStatusTest {

    private static final String PRINTER = "demo-printer";
    private static final String STATUS = "/api/v1/printers/K1/status";

    @TempDir
    Path data;

    @Test
    void aChangeIsAnnouncedOnceAsTheContractSaysAndKeptForTheSnapshot() {
        try (RunningHall hall = RunningHall.start(Halls.demo(), url(), Duration.ofMinutes(5))) {
            EventStream kiosk = hall.api.events("demo-kiosk");
            kiosk.next("snapshot");

            hall.api.post(STATUS, PRINTER, "{\"status\":\"PAPER_OUT\"}");
            hall.api.post(STATUS, PRINTER, "{\"status\":\"PAPER_OUT\"}");
            hall.api.post(STATUS, PRINTER, "{\"status\":\"OK\"}");

            JsonNode out = kiosk.next();
            assertThat(out.get("type").asText()).isEqualTo("printer.status");
            assertThat(out.get("printer").toString()).isEqualTo("{\"kiosk\":\"K1\",\"status\":\"PAPER_OUT\"}");
            assertThat(out.has("at")).isTrue();
            assertThat(kiosk.next().get("printer").get("status").asText()).as("the repeat was not announced").isEqualTo("OK");
            assertThat(hall.api.events("demo-display").next("snapshot").get("printers").toString())
                    .isEqualTo("[{\"kiosk\":\"K1\",\"status\":\"OK\"}]");
        }
    }

    @Test
    void aPrinterWhoseAgentFallsSilentIsMarkedOfflineOnce() {
        try (RunningHall hall = RunningHall.start(Halls.demo(), url(), Duration.ofMillis(400))) {
            EventStream manager = hall.api.events(hall.api.login("9001"));
            manager.next("snapshot");
            hall.api.post(STATUS, PRINTER, "{\"status\":\"OK\"}");

            assertThat(manager.next().get("printer").get("status").asText()).isEqualTo("OK");
            assertThat(manager.next().get("printer").get("status").asText()).isEqualTo("OFFLINE");
            assertThat(hall.api.get("/api/v1/printers", null).json().toString())
                    .isEqualTo("[{\"kiosk\":\"K1\",\"status\":\"OFFLINE\"}]");
        }
    }

    @Test
    void pendingJobsAndTheLastStatusSurviveARestart() {
        String id;
        try (RunningHall hall = RunningHall.start(Halls.demo(), url(), Duration.ofMinutes(5))) {
            id = hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}").json().get("id").asText();
            hall.api.post(STATUS, PRINTER, "{\"status\":\"PAPER_NEAR_END\"}");
        }
        try (RunningHall hall = RunningHall.start(Halls.demo(), url(), Duration.ofMinutes(5))) {
            JsonNode jobs = hall.api.get("/api/v1/printers/K1/jobs", PRINTER).json().get("jobs");
            assertThat(jobs).hasSize(1);
            assertThat(jobs.get(0).get("ticketId").asText()).isEqualTo(id);
            assertThat(hall.api.get("/api/v1/printers", null).json().get(0).get("status").asText())
                    .isEqualTo("PAPER_NEAR_END");
        }
    }

    private String url() {
        return "jdbc:h2:file:" + data.resolve("hall") + ";WRITE_DELAY=0";
    }
}
