package com.hallqueue.server.printing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.RunningHall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Print jobs over the real API: each kiosk ticket printed once, confirmed, reprinted on request. */
class PrintJobsTest {

    private static final String KIOSK = "demo-kiosk";
    private static final String PRINTER = "demo-printer";
    private static final String JOBS = "/api/v1/printers/K1/jobs";

    private static RunningHall hall;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        hall = RunningHall.demo();
        api = hall.api;
    }

    @AfterAll
    static void stop() {
        hall.close();
    }

    @Test
    void anIssuedTicketIsAPendingJobWithEverythingThePaperNeedsUntilConfirmed() {
        String id = issue();
        JsonNode job = pendingJob(id);

        assertThat(job.get("copy").asInt()).isEqualTo(1);
        assertThat(job.get("hallName").asText()).isEqualTo("演示服务大厅");
        assertThat(job.get("serviceName").asText()).isEqualTo("综合业务");
        assertThat(job.get("hotline").asText()).isEqualTo("12360");
        assertThat(job.get("statusPath").asText()).isEqualTo("/t/" + id);
        assertThat(job.get("issuedAtLocal").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");

        assertThat(confirm(id, "{\"copy\":1}").status()).isEqualTo(200);
        assertThat(pendingJob(id)).isNull();
    }

    @Test
    void aRepeatedConfirmationChangesNothingAndIsNotAnnouncedTwice() {
        String id = issue();
        EventStream events = api.events(PRINTER);
        events.next("snapshot");

        assertThat(confirm(id, "{\"copy\":1}").json().get("printed").asInt()).isEqualTo(1);
        assertThat(confirm(id, "{\"copy\":1}").json().get("printed").asInt()).isEqualTo(1);
        api.post("/api/v1/printers/K1/status", PRINTER, "{\"status\":\"PAPER_NEAR_END\"}");

        assertThat(events.next("print.done").get("job").get("ticketId").asText()).isEqualTo(id);
        assertThat(events.next().get("type").asText()).isEqualTo("printer.status");
        events.close();
        api.post("/api/v1/printers/K1/status", PRINTER, "{\"status\":\"OK\"}");
    }

    @Test
    void aReprintIsOneNewCopyAndAskingTwiceDoesNotPrintTwice() {
        String id = issue();
        confirm(id, "{\"copy\":1}");

        assertThat(api.post("/api/v1/tickets/" + id + "/reprint", KIOSK, null).json().get("copy").asInt()).isEqualTo(2);
        assertThat(api.post("/api/v1/tickets/" + id + "/reprint", KIOSK, null).json().get("copy").asInt()).isEqualTo(2);
        assertThat(pendingJob(id).get("copy").asInt()).isEqualTo(2);

        confirm(id, "{\"copy\":1}");
        assertThat(pendingJob(id)).as("a late confirmation of copy 1 leaves copy 2 pending").isNotNull();
        confirm(id, null);
        assertThat(pendingJob(id)).isNull();
    }

    @Test
    void staffMayReprintButOnlyTheKiosksOwnAgentReadsOrConfirmsItsJobs() {
        String id = issue();
        String staff = api.login("1001");

        assertThat(api.post("/api/v1/tickets/" + id + "/reprint", staff, "{\"kiosk\":\"K9\"}").status()).isEqualTo(400);
        assertThat(api.get(JOBS, KIOSK).status()).isEqualTo(403);
        assertThat(api.get(JOBS, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/printers/K2/jobs", PRINTER).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/printers/K1/jobs/nope/printed", PRINTER, null).status()).isEqualTo(404);
        Reply badCopy = confirm(id, "{\"copy\":7}");
        assertThat(badCopy.status()).isEqualTo(400);
        assertThat(badCopy.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/v1/tickets/" + id + "/reprint", "demo-display", null).status()).isEqualTo(403);
    }

    @Test
    void badStatusReportsAreRefusedWithTheFieldNamed() {
        Reply r = api.post("/api/v1/printers/K1/status", PRINTER, "{\"status\":\"ON_FIRE\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).startsWith("status:");
        assertThat(api.post("/api/v1/printers/K1/status", PRINTER, "[1]").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/printers/K1/status", KIOSK, "{\"status\":\"OK\"}").status()).isEqualTo(403);
    }

    private static String issue() {
        Reply r = api.post("/api/v1/tickets", KIOSK, "{\"service\":\"A\"}");
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static Reply confirm(String id, String body) {
        return api.post(JOBS + "/" + id + "/printed", PRINTER, body);
    }

    private static JsonNode pendingJob(String id) {
        for (JsonNode job : api.get(JOBS, PRINTER).json().get("jobs")) {
            if (job.get("ticketId").asText().equals(id)) {
                return job;
            }
        }
        return null;
    }
}
