package com.hallqueue.server.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The report as CSV (UTF-8 with a byte-order mark, for spreadsheet programs) or an Excel workbook. */
public final class StatsExport {

    private StatsExport() {
    }

    public static byte[] csv(List<StatsRow> rows, By by) {
        ReportTable table = ReportTable.of(rows, by);
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", table.headers())).append("\r\n");
        for (List<Object> line : table.rows()) {
            for (int i = 0; i < line.size(); i++) {
                out.append(i == 0 ? "" : ",").append(csvCell(line.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook with the report's sheet and, when given, one line per ticket on a second sheet. */
    public static byte[] xlsx(List<StatsRow> rows, By by, List<TicketTimes> tickets, ZoneId zone) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(book, ReportTable.of(rows, by));
            if (tickets != null) {
                sheet(book, ReportTable.ofTickets(tickets, zone));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, ReportTable table) {
        Sheet sheet = book.createSheet(table.title());
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row head = sheet.createRow(0);
        for (int i = 0; i < table.headers().size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(table.headers().get(i));
            c.setCellStyle(bold);
            sheet.setColumnWidth(i, 16 * 256);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> line = table.rows().get(r);
            for (int i = 0; i < line.size(); i++) {
                put(row.createCell(i), line.get(i));
            }
        }
        sheet.createFreezePane(1, 1);
    }

    private static void put(Cell c, Object v) {
        if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (v != null) {
            c.setCellValue(SpreadsheetText.defused(v.toString()));
        }
    }

    /** Numbers plain; text quoted, with a leading formula character defused. */
    private static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.3f", d);
        }
        if (v instanceof Number) {
            return v.toString();
        }
        return SpreadsheetText.csvField(v.toString());
    }
}
