package com.hallqueue.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff text that a spreadsheet would run as a formula (OWASP "CSV injection"): each counter of
 * the demo hall pauses with a reason starting with one of =, +, -, @, tab and carriage return,
 * one with a line break inside (the hall strips a reason's leading blanks, so the tab and carriage
 * return are also checked on the cell text itself). In the CSV and the Excel export every such
 * cell starts with an apostrophe, and a line break stays inside its quoted cell.
 */
class FormulaTextInExportsTest {

    private static final String PAUSES = "暂停原因 pause reasons";
    private static final Map<Integer, String> REASONS = Map.of(
            1, "=HYPERLINK(\"http://evil.example\",\"点此\")\n第二行",
            2, "+1+1",
            3, "-2+3",
            4, "@SUM(1,2)",
            5, "\t=1+1",
            6, "\r=1+1");
    private static final VirtualClock CLOCK = new VirtualClock(Instant.now());
    private static RunningHall hall;
    private static String manager;

    @BeforeAll
    static void everyCounterPausesWithAFormula() throws Exception {
        hall = RunningHall.start(Halls.demo(), CLOCK);
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<Integer, String> pause : REASONS.entrySet()) {
            String staff = hall.api.login(Integer.toString(1000 + pause.getKey()));
            hall.api.post("/api/v1/counters/" + pause.getKey() + "/open", staff, null);
            String body = json.writeValueAsString(Map.of("reason", pause.getValue()));
            assertThat(hall.api.post("/api/v1/counters/" + pause.getKey() + "/pause", staff, body).status()).isEqualTo(200);
        }
        CLOCK.advance(Duration.ofMinutes(2));
        manager = hall.api.login("9001");
    }

    @AfterAll
    static void stop() {
        hall.close();
    }

    @Test
    void theCsvDefusesEveryFormulaAndKeepsLineBreaksInsideTheirCell() throws Exception {
        List<List<String>> records = csv(new String(get("csv"), StandardCharsets.UTF_8).substring(1));
        assertThat(records).hasSize(1 + REASONS.size());
        int column = records.get(0).indexOf(PAUSES);
        for (List<String> record : records.subList(1, records.size())) {
            String reason = REASONS.get(Integer.parseInt(record.get(0))).strip();
            assertThat(record.get(column)).as("counter " + record.get(0)).startsWith("'" + reason);
        }
    }

    @Test
    void theWorkbookDefusesEveryFormulaToo() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(get("xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            int column = -1;
            for (Cell head : sheet.getRow(0)) {
                column = head.getStringCellValue().equals(PAUSES) ? head.getColumnIndex() : column;
            }
            for (int r = 1; r <= REASONS.size(); r++) {
                Row row = sheet.getRow(r);
                Cell cell = row.getCell(column);
                String reason = REASONS.get(Integer.parseInt(row.getCell(0).getStringCellValue())).strip();
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).startsWith("'" + reason);
            }
        }
    }

    @Test
    void textStartingWithATabOrACarriageReturnIsDefusedAndOtherTextIsLeftAlone() {
        assertThat(SpreadsheetText.defused("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetText.defused("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(SpreadsheetText.csvField("会议\r\n=1+1, \"急\"")).isEqualTo("\"会议\r\n=1+1, \"\"急\"\"\"");
        assertThat(SpreadsheetText.defused("午休 = 1小时")).isEqualTo("午休 = 1小时");
        assertThat(SpreadsheetText.defused("")).isEmpty();
    }

    /** RFC 4180: fields split by commas, records by CRLF, except inside double quotes ("" is one quote). */
    private static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (!quoted && c == '\r' && text.startsWith("\r\n", i)) {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }

    private static byte[] get(String format) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + hall.port() + "/api/v1/stats?by=counter&format=" + format))
                .header("Authorization", "Bearer " + manager).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
