package com.hallqueue.server.stats;

/**
 * Staff type pause reasons and notes, and those reach the exports. A spreadsheet program
 * takes a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return for a formula (OWASP, "CSV injection"), so such text gets a leading
 * apostrophe and is shown as the text it is.
 */
final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    static String defused(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A CSV field: always quoted, so commas, quotes and line breaks stay inside the one cell. */
    static String csvField(String text) {
        return "\"" + defused(text).replace("\"", "\"\"") + "\"";
    }
}
