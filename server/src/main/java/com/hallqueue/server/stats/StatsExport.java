package com.hallqueue.server.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The report as CSV (UTF-8 with a byte-order mark, for spreadsheet programs) or an Excel workbook. */
public final class StatsExport {

    /** Rows of the workbook kept in memory while it is written; the rest are on disk. */
    private static final int ROWS_IN_MEMORY = 200;
    /** Lines per sheet: Excel's 1,048,576 rows, less the header. */
    static final int MAX_SHEET_ROWS = 1_048_575;

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

    /** Hands each ticket of an export to the consumer it is given, in order. */
    public interface TicketSource {
        void forEach(Consumer<TicketTimes> each);
    }

    /**
     * A workbook with the report's sheet and, when given, one line per ticket on further
     * sheets, written to a temporary file the caller sends and deletes. Streamed: only a
     * window of rows is in memory at once, whatever the range (POI's SXSSF keeps the rest
     * in its own compressed temporary files). A sheet holds at most {@value #MAX_SHEET_ROWS}
     * lines, Excel's limit, so a year's tickets go on to a second and third sheet.
     */
    public static Path xlsx(List<StatsRow> rows, By by, TicketSource tickets, ZoneId zone) {
        try {
            Path file = Files.createTempFile("hallqueue-export-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                writeBook(out, rows, by, tickets, zone);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBook(OutputStream out, List<StatsRow> rows, By by, TicketSource tickets, ZoneId zone)
            throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        book.setCompressTempFiles(true);
        try {
            CellStyle bold = boldStyle(book);
            ReportTable table = ReportTable.of(rows, by);
            Sheet report = sheet(book, table.title(), table.headers(), bold);
            table.rows().forEach(line -> append(report, line));
            if (tickets != null) {
                ticketSheets(book, tickets, zone, bold);
            }
            book.write(out);
        } finally {
            book.dispose();
        }
    }

    private static void ticketSheets(SXSSFWorkbook book, TicketSource tickets, ZoneId zone, CellStyle bold) {
        DateTimeFormatter at = ReportTable.times(zone);
        Sheet[] current = {sheet(book, ReportTable.TICKETS_TITLE, ReportTable.TICKET_HEADERS, bold)};
        int[] sheets = {1};
        tickets.forEach(t -> {
            if (current[0].getLastRowNum() >= MAX_SHEET_ROWS) {
                current[0] = sheet(book, ReportTable.TICKETS_TITLE + " " + ++sheets[0], ReportTable.TICKET_HEADERS,
                        bold);
            }
            append(current[0], ReportTable.ticketLine(t, at));
        });
    }

    private static CellStyle boldStyle(SXSSFWorkbook book) {
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    private static Sheet sheet(SXSSFWorkbook book, String title, List<String> headers, CellStyle bold) {
        Sheet sheet = book.createSheet(title);
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(bold);
            sheet.setColumnWidth(i, 16 * 256);
        }
        sheet.createFreezePane(1, 1);
        return sheet;
    }

    private static void append(Sheet sheet, List<Object> line) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < line.size(); i++) {
            put(row.createCell(i), line.get(i));
        }
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
