package com.hallqueue.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.RunningHall;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The managers' figures through a real server: the Excel export opened again with POI and
 * compared with the JSON report, the CSV headers, a bad rating's case on the event stream
 * and its closing, and bad input answered 400 naming the field.
 */
class ReportsOverHttpTest {

    private static RunningHall hall;
    private static String manager;
    private static String staff;

    @BeforeAll
    static void serveTwoTickets() {
        hall = RunningHall.demo();
        manager = hall.api.login("9001");
        staff = hall.api.login("1001");
        hall.api.post("/api/v1/counters/1/open", staff, "");
        for (int i = 0; i < 2; i++) {
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            hall.api.post("/api/v1/counters/1/call-next", staff, "");
            hall.api.post("/api/v1/counters/1/start", staff, "");
            hall.api.post("/api/v1/counters/1/finish", staff, "");
        }
    }

    @AfterAll
    static void stop() {
        hall.close();
    }

    @Test
    void theExcelExportReadsBackAsTheReport() throws Exception {
        JsonNode rows = hall.api.get("/api/v1/stats?by=counter", manager).json().get("rows");
        byte[] xlsx = bytes("/api/v1/stats?by=counter&format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet report = book.getSheetAt(0);
            List<String> headers = cells(report.getRow(0));
            assertThat(headers).startsWith("窗口 counter", "取号数 issued", "办结数 served", "未到数 no-show");
            assertThat(headers).contains("等候中位秒 median wait s", "暂停原因 pause reasons", "评分 score");
            assertThat(report.getLastRowNum()).isEqualTo(rows.size());
            List<String> counter1 = cells(report.getRow(1));
            JsonNode one = rows.get(0);
            assertThat(counter1.get(0)).isEqualTo("1");
            assertThat(counter1.get(headers.indexOf("办结数 served"))).isEqualTo(one.get("served").asText()).isEqualTo("2");
            assertThat(counter1.get(headers.indexOf("评分 score"))).isEqualTo(one.get("score").asText());
            assertThat(counter1.get(headers.indexOf("等级 grade"))).isEqualTo(one.get("grade").asText());
            Sheet tickets = book.getSheetAt(1);
            assertThat(cells(tickets.getRow(0))).startsWith("号码 number", "业务 service", "结果 outcome");
            assertThat(cells(tickets.getRow(1)).subList(0, 3)).containsExactly("A001", "A", "DONE");
            assertThat(cells(tickets.getRow(2)).get(0)).isEqualTo("A002");
        }
    }

    @Test
    void theCsvHasChineseHeadersAndEveryRow() {
        Reply csv = hall.api.get("/api/v1/stats?by=day&format=csv", manager);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.text().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF日期 day,取号数 issued,办结数 served").contains("有人等候时空闲秒");
        assertThat(lines).hasSize(2);
    }

    @Test
    void aBadRatingOpensACaseOnTheStreamUntilAManagerClosesItWithANote() {
        EventStream events = hall.api.events(manager);
        events.next("snapshot");
        String id = hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
        hall.api.post("/api/v1/counters/1/call-next", staff, "");
        hall.api.post("/api/v1/counters/1/finish", staff, "");
        assertThat(hall.api.post("/api/v1/tickets/" + id + "/rating", null, "{\"score\":2}").status()).isEqualTo(200);
        JsonNode opened = events.next("case.opened").get("case");
        assertThat(opened.get("number").asText()).isEqualTo("A003");
        assertThat(opened.get("score").asInt()).isEqualTo(2);
        assertThat(opened.get("staff").get("badge").asText()).isEqualTo("1001");
        assertThat(opened.get("overdue").asBoolean()).isFalse();
        assertThat(opened.has("ticketId")).isFalse();
        long caseId = opened.get("id").asLong();
        assertThat(hall.api.get("/api/v1/cases", manager).json().get("cases").findValuesAsText("number")).contains("A003");

        assertProblem(hall.api.post("/api/v1/cases/" + caseId + "/close", manager, "{\"note\":\"  \"}"), 400, "note");
        assertThat(hall.api.post("/api/v1/cases/" + caseId + "/close", staff, "{\"note\":\"x\"}").status()).isEqualTo(403);
        Reply closed = hall.api.post("/api/v1/cases/" + caseId + "/close", manager, "{\"note\":\"已回访\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(events.next("case.closed").get("case").get("note").asText()).isEqualTo("已回访");
        assertThat(hall.api.get("/api/v1/cases", manager).json().get("cases").findValuesAsText("number")).doesNotContain("A003");
        assertThat(hall.api.post("/api/v1/cases/" + caseId + "/close", manager, "{\"note\":\"again\"}").status()).isEqualTo(404);
        events.close();
    }

    @Test
    void badParametersAre400NamingTheField() {
        assertProblem(hall.api.get("/api/v1/stats?format=pdf", manager), 400, "format");
        assertProblem(hall.api.get("/api/v1/stats?by=week", manager), 400, "by");
        assertProblem(hall.api.get("/api/v1/stats/tickets?from=soon", manager), 400, "from");
        assertProblem(hall.api.get("/api/v1/cases?from=2026-01-02&to=2026-01-01", manager), 400, "to");
        assertProblem(hall.api.post("/api/v1/cases/1/close", manager, "{}"), 400, "note");
        assertThat(hall.api.get("/api/v1/stats/tickets", staff).status()).isEqualTo(403);
        assertThat(hall.api.post("/api/v1/cases/abc/close", manager, "{\"note\":\"x\"}").status()).isEqualTo(404);
    }

    private static byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + hall.port() + path)).header("Authorization", "Bearer " + manager).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        return r.body();
    }

    private static List<String> cells(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(f.formatCellValue(c)));
        return out;
    }

    private static void assertProblem(Reply r, int status, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).contains(field);
    }
}
