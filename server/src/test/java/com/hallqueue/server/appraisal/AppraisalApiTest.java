package com.hallqueue.server.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.RunningHall;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** API.md's "Evaluation and appraisal" on the demo hall, over real HTTP: as written there. */
class AppraisalApiTest {

    private static RunningHall hall;
    private static ApiClient api;
    private static String manager;
    private static String staff;
    private static final String PERIOD = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    @BeforeAll
    static void start() {
        hall = RunningHall.demo();
        api = hall.api;
        manager = api.login("9001");
        staff = api.login("1001");
    }

    @AfterAll
    static void stop() {
        hall.close();
    }

    @Test
    void theRubricIsTheServiceHallsWithEachItemsSourceAndMethod() {
        JsonNode rubric = api.get("/api/v1/appraisal/rubric", manager).json();
        assertThat(rubric.get("parts")).hasSize(4);
        JsonNode reception = rubric.get("parts").get(0);
        assertThat(reception.get("name").asText()).isEqualTo("接待态度");
        assertThat(reception.get("points").asInt()).isEqualTo(40);
        JsonNode efficiency = reception.get("items").get(2);
        assertThat(efficiency.get("name").asText()).isEqualTo("处事效率");
        assertThat(efficiency.get("source").asText()).isEqualTo("measured");
        assertThat(efficiency.get("method").asText()).contains("一次办结");
        assertThat(reception.get("items").get(0).get("source").asText()).isEqualTo("assessed");
        assertThat(rubric.get("grades").get(1).get("name").asText()).isEqualTo("良好");
        assertThat(rubric.get("grades").get(1).get("from").asInt()).isEqualTo(70);
        assertThat(api.get("/api/v1/appraisal/rubric", staff).status()).isEqualTo(403);
    }

    @Test
    void aManagerScoresAnAssessedItemWithinItsPointsOnly() {
        Reply ok = put("1002", "speech", "{\"score\":8,\"note\":\"<b>暗访</b>：用语规范\"}", manager);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("badge").asText()).isEqualTo("1002");
        assertThat(ok.json().get("items").get("speech").get("score").asDouble()).isEqualTo(8.0);
        assertThat(ok.json().get("items").get("speech").get("note").asText()).isEqualTo("<b>暗访</b>：用语规范");
        assertThat(ok.json().get("complete").asBoolean()).isFalse();

        assertProblem(put("1002", "speech", "{\"score\":11}", manager), 400, "score");
        assertProblem(put("1002", "speech", "{\"score\":-1}", manager), 400, "score");
        assertProblem(put("1002", "speech", "{}", manager), 400, "score");
        assertProblem(put("1002", "efficiency", "{\"score\":5}", manager), 400, "item");
        assertProblem(put("1002", "speech", "{\"score\":5,\"note\":\"" + "长".repeat(501) + "\"}", manager), 400, "note");
        assertThat(put("7777", "speech", "{\"score\":5}", manager).status()).isEqualTo(404);
        assertThat(put("1002", "luck", "{\"score\":5}", manager).status()).isEqualTo(404);
        assertProblem(api.send("PUT", "/api/v1/appraisal/2026-13/1002/speech", manager, "{\"score\":5}"), 400, "period");
        assertProblem(api.get("/api/v1/appraisal/2026-Q5", manager), 400, "period");
    }

    @Test
    void aRetriedMarkIsKeptOnceAndAnsweredTheSame() {
        String path = "/api/v1/appraisal/" + PERIOD + "/1003/knowledge";
        Reply first = api.sendOnce("PUT", path, manager, "{\"score\":7,\"note\":\"抽查\"}", "mark-1003-knowledge");
        Reply again = api.sendOnce("PUT", path, manager, "{\"score\":7,\"note\":\"抽查\"}", "mark-1003-knowledge");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.text()).isEqualTo(first.text());
        JsonNode own = api.get("/api/v1/appraisal/" + PERIOD + "/1003", manager).json();
        assertThat(own.get("history")).hasSize(1);
        assertThat(own.get("history").get(0).get("markedBy").asText()).isEqualTo("9001");
    }

    @Test
    void staffSeeTheirOwnSheetAndNeverEditIt() {
        put("1001", "conduct", "{\"score\":9,\"note\":\"着装规范\"}", manager);
        Reply own = api.get("/api/v1/appraisal/" + PERIOD + "/1001", staff);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("row").get("items").get("conduct").get("score").asDouble()).isEqualTo(9.0);
        assertThat(own.json().get("rubric").get("parts")).hasSize(4);
        assertThat(api.get("/api/v1/appraisal/" + PERIOD + "/1002", staff).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/appraisal/" + PERIOD, staff).status()).isEqualTo(403);
        assertThat(put("1001", "conduct", "{\"score\":10}", staff).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/appraisal/" + PERIOD, null).status()).isEqualTo(401);
    }

    @Test
    void theSheetListsEveryStaffMemberWithTotalGradeAndCompleteness() {
        JsonNode rows = api.get("/api/v1/appraisal/" + PERIOD, manager).json().get("rows");
        assertThat(rows).hasSize(6);
        JsonNode first = rows.get(0);
        assertThat(first.get("badge").asText()).isEqualTo("1001");
        assertThat(first.get("items")).hasSize(11);
        assertThat(first.get("items").get("ratings").get("source").asText()).isEqualTo("measured");
        assertThat(first.get("grade").asText()).isIn("优秀", "良好", "合格", "不合格");
        assertThat(first.get("complete").asBoolean()).isFalse();
        assertThat(first.has("total")).isTrue();
    }

    @Test
    void theSheetComesAsCsvAndAsAWorkbook() throws Exception {
        put("1004", "needs", "{\"score\":6,\"note\":\"=1+1 须改进\"}", manager);
        Reply csv = api.get("/api/v1/appraisal/" + PERIOD + "?format=csv", manager);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.text().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).contains("客户需求 needs (10)").contains("总分 total");
        assertThat(lines).hasSize(7);
        assertThat(lines[4]).startsWith("\"1004\"").contains("6").contains("\"'=1+1 须改进\"");

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + hall.port() + "/api/v1/appraisal/" + PERIOD + "?format=xlsx"))
                .header("Authorization", "Bearer " + manager).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            Row head = sheet.getRow(0);
            int needs = -1;
            for (int i = 0; i < head.getLastCellNum(); i++) {
                if (needs < 0 && head.getCell(i).getStringCellValue().startsWith("客户需求")) {
                    needs = i;
                }
            }
            Row row = sheet.getRow(4);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("1004");
            assertThat(row.getCell(needs).getNumericCellValue()).isEqualTo(6.0);
        }
    }

    @Test
    void anEvaluationCarriesItsIndicatorsAndBasicallySatisfiedOpensNoCase() {
        String id = served();
        Reply rated = api.post("/api/v1/tickets/" + id + "/rating", null,
                "{\"score\":3,\"efficiency\":4,\"level\":3,\"attitude\":5,\"opinion\":\"希望增加窗口\"}");
        assertThat(rated.status()).isEqualTo(200);
        assertProblem(api.post("/api/v1/tickets/" + served() + "/rating", null, "{\"score\":4,\"attitude\":9}"), 400,
                "attitude");
        JsonNode cases = api.get("/api/v1/cases", manager).json().get("cases");
        for (JsonNode c : cases) {
            assertThat(c.get("score").asInt()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aBadEvaluationOpensACaseWithACallBackAndAPutRightDeadline() {
        String id = served();
        assertThat(api.post("/api/v1/tickets/" + id + "/rating", null, "{\"score\":2}").status()).isEqualTo(200);
        JsonNode c = api.get("/api/v1/cases", manager).json().get("cases").get(0);
        assertThat(c.get("callBackDueAt").asText()).isNotBlank();
        assertThat(c.get("dueAt").asText()).isNotBlank();
        // the demo hall is open every day: the call-back is due the next day, putting right 15 days on
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(c.get("dueDate").asText()).isEqualTo(today.plusDays(15).toString());
        Reply called = api.post("/api/v1/cases/" + c.get("id").asText() + "/call-back", manager, "{\"note\":\"已回访\"}");
        assertThat(called.status()).isEqualTo(200);
        assertThat(called.json().get("callBackNote").asText()).isEqualTo("已回访");
        assertThat(api.post("/api/v1/cases/" + c.get("id").asText() + "/call-back", manager, "{\"note\":\"再次\"}")
                .status()).isEqualTo(409);
    }

    @Test
    void aComplaintIsRecordedMaskedHandledAndClosed() {
        Reply recorded = api.post("/api/v1/complaints", manager, "{\"channel\":\"PHONE\",\"counter\":2,\"staff\":\"1002\","
                + "\"service\":\"A\",\"what\":\"窗口人员态度生硬\",\"contactName\":\"李四\",\"contactPhone\":\"13912345678\"}");
        assertThat(recorded.status()).isEqualTo(201);
        JsonNode k = recorded.json();
        assertThat(k.get("contact").asText()).isEqualTo("李* 139****5678");
        assertThat(recorded.text()).doesNotContain("13912345678");
        assertThat(k.get("status").asText()).isEqualTo("OPEN");
        String path = "/api/v1/complaints/" + k.get("id").asText();
        assertThat(api.send("PUT", path, manager, "{\"handler\":\"9001\",\"outcome\":\"调查中\"}").json()
                .get("handler").asText()).isEqualTo("9001");
        JsonNode open = api.get("/api/v1/complaints", manager).json().get("complaints");
        assertThat(open).anySatisfy(o -> assertThat(o.get("id").asLong()).isEqualTo(k.get("id").asLong()));
        Reply closed = api.post(path + "/close", manager, "{\"outcome\":\"已约谈\",\"feedback\":\"已电话反馈\"}");
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(api.post(path + "/close", manager, "{\"outcome\":\"再\"}").status()).isEqualTo(409);
        assertProblem(api.post("/api/v1/complaints", manager, "{\"channel\":\"FAX\",\"what\":\"x\"}"), 400, "channel");
        assertProblem(api.post("/api/v1/complaints", manager, "{\"channel\":\"LETTER\"}"), 400, "what");
        assertProblem(api.post("/api/v1/complaints", manager, "{\"channel\":\"LETTER\",\"what\":\"x\","
                + "\"dueDate\":\"+999999999-12-31\"}"), 400, "dueDate");
        assertProblem(api.post("/api/v1/complaints", manager, "{\"channel\":\"LETTER\",\"what\":\"x\","
                + "\"dueDate\":\"2026-02-30\"}"), 400, "dueDate");
        assertProblem(api.post("/api/v1/complaints", manager, "{\"channel\":\"LETTER\",\"what\":\"x\","
                + "\"counter\":\"two\"}"), 400, "counter");
        assertThat(api.post("/api/v1/complaints", staff, "{\"channel\":\"LETTER\",\"what\":\"x\"}").status())
                .isEqualTo(403);
    }

    @Test
    void oddBodiesFromAManagerAreRefusedNeverAFault() {
        java.util.List<String> bodies = java.util.List.of("", "[]", "{", "null", "{\"score\":\"x\"}", "{\"score\":1e99}",
                "{\"score\":8,\"note\":123}", "{\"channel\":[],\"what\":{}}", "{\"counter\":-1,\"what\":\"x\"}",
                "{\"note\":\"" + "汉".repeat(600) + "\"}", "[".repeat(5000), "{\"outcome\":null,\"feedback\":7}",
                "{\"counter\":3,\"initiative\":\"35\"}", "{\"score\":30,\"opinion\":\"" + "长".repeat(151) + "\"}");
        java.util.List<String[]> routes = java.util.List.of(new String[] {"PUT", "/api/v1/appraisal/" + PERIOD + "/1001/speech"},
                new String[] {"POST", "/api/v1/complaints"}, new String[] {"PUT", "/api/v1/complaints/1"},
                new String[] {"POST", "/api/v1/complaints/1/close"}, new String[] {"POST", "/api/v1/cases/1/call-back"},
                new String[] {"POST", "/api/v1/survey"}, new String[] {"POST", "/api/v1/tickets/nope/rating"});
        for (String[] route : routes) {
            for (String body : bodies) {
                Reply r = api.send(route[0], route[1], route[1].contains("rating") ? null : manager, body);
                assertThat(r.status()).as(route[0] + " " + route[1] + " " + body).isBetween(400, 499);
            }
        }
    }

    private static String served() {
        String id = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}").json().get("id").asText();
        String token = api.login("1005");
        api.post("/api/v1/counters/5/open", token, null);
        api.post("/api/v1/counters/5/call-next", token, null);
        api.post("/api/v1/counters/5/finish", token, null);
        return id;
    }

    private static Reply put(String badge, String item, String body, String token) {
        return api.send("PUT", "/api/v1/appraisal/" + PERIOD + "/" + badge + "/" + item, token, body);
    }

    private static void assertProblem(Reply r, int status, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).contains(field);
    }
}
