package com.hallqueue.server.appraisal;

import com.hallqueue.server.config.AppraisalRubric;
import com.hallqueue.server.config.RubricItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The period's sheets as a table: one line per staff member, each item's score, the total,
 * grade and completeness, then each item's note. CSV (UTF-8 with a byte-order mark) or Excel.
 * Notes are typed by managers: a cell starting like a formula is shown as text.
 */
public final class SheetExport {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SheetExport() {
    }

    public static byte[] csv(AppraisalRubric rubric, List<SheetRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", headers(rubric).stream().map(SheetExport::quoted).toList())).append("\r\n");
        for (List<Object> line : lines(rubric, rows)) {
            List<String> cells = new ArrayList<>();
            line.forEach(v -> cells.add(v == null ? "" : v instanceof Number n ? number(n) : quoted(v.toString())));
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(AppraisalRubric rubric, List<SheetRow> rows, String period) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("考核 " + period);
            put(sheet.createRow(0), new ArrayList<>(headers(rubric)));
            List<List<Object>> lines = lines(rubric, rows);
            for (int i = 0; i < lines.size(); i++) {
                put(sheet.createRow(i + 1), lines.get(i));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> headers(AppraisalRubric rubric) {
        List<String> h = new ArrayList<>(List.of("工号 badge", "姓名 name"));
        rubric.items().forEach(i -> h.add(i.name() + " " + i.id() + " (" + i.points() + ")"));
        h.addAll(List.of("总分 total", "等级 grade", "评分完成 complete"));
        rubric.items().stream().filter(i -> !i.measured()).forEach(i -> h.add(i.name() + " 说明 note"));
        return h;
    }

    static List<List<Object>> lines(AppraisalRubric rubric, List<SheetRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (SheetRow r : rows) {
            List<Object> line = new ArrayList<>(List.of(r.badge(), r.name()));
            for (RubricItem i : rubric.items()) {
                line.add(r.items().get(i.id()).score());
            }
            line.addAll(List.of(r.total(), r.grade(), r.complete() ? "是 yes" : "否 no"));
            rubric.items().stream().filter(i -> !i.measured()).forEach(i -> line.add(r.items().get(i.id()).note()));
            out.add(line);
        }
        return out;
    }

    private static void put(Row row, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(i).setCellValue(defused(v.toString()));
            }
        }
    }

    private static String number(Number n) {
        return n instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : n.toString();
    }

    private static String quoted(String text) {
        return "\"" + defused(text).replace("\"", "\"\"") + "\"";
    }

    private static String defused(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
