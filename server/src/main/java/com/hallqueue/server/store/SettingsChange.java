package com.hallqueue.server.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;

/**
 * A change of the hall's settings (staff, calendar, notices, a broadcast, an outbox's
 * message…) as the statements it wrote, each with its parameters, numbered in the order the
 * changes were committed. Journaled and forced before the database commits it, like the
 * hall's own events: H2, after a crash, may open the version before its last commit even when
 * that commit was forced, so a forced commit alone does not keep an answered change. At start
 * the changes the database lacks (a number above the last it applied) are written again, in
 * order, into the state they were first written into.
 */
record SettingsChange(long seq, List<Written> statements) {

    SettingsChange {
        statements = List.copyOf(statements);
    }

    /** One statement as it ran, with the value of each parameter from the first on. */
    record Written(String sql, List<Value> params) {

        Written {
            params = List.copyOf(params);
        }

        void runAgain(java.sql.Connection c) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    params.get(i).bind(p, i + 1);
                }
                p.execute();
            }
        }
    }

    /**
     * A parameter's value in a form JSON keeps exactly: its kind and its text. Only the kinds
     * the settings' rows use; any other fails the change at once rather than at a replay.
     */
    record Value(String kind, String text) {

        static Value of(String setter, Object[] args) {
            Object v = args[1];
            if (setter.equals("setNull")) {
                return new Value("null", Integer.toString((Integer) v));
            }
            if (v == null) {
                return new Value("object-null", null);
            }
            if (v instanceof String s) {
                return new Value("string", s);
            }
            if (v instanceof Integer || v instanceof Short) {
                return new Value("int", v.toString());
            }
            if (v instanceof Long) {
                return new Value("long", v.toString());
            }
            if (v instanceof Boolean) {
                return new Value("boolean", v.toString());
            }
            if (v instanceof Double || v instanceof Float) {
                return new Value("double", v.toString());
            }
            if (v instanceof BigDecimal) {
                return new Value("decimal", v.toString());
            }
            if (v instanceof byte[] bytes) {
                return new Value("bytes", Base64.getEncoder().encodeToString(bytes));
            }
            if (v instanceof Date d) {
                return new Value("date", d.toLocalDate().toString());
            }
            if (v instanceof LocalDate d) {
                return new Value("date", d.toString());
            }
            if (v instanceof Timestamp t) {
                return new Value("timestamp", t.toLocalDateTime().toString());
            }
            if (v instanceof LocalDateTime t) {
                return new Value("timestamp", t.toString());
            }
            throw new IllegalStateException("a settings change cannot keep a parameter of " + v.getClass().getName()
                    + " in the journal (" + setter + ")");
        }

        void bind(PreparedStatement p, int i) throws SQLException {
            switch (kind) {
                case "null" -> p.setNull(i, Integer.parseInt(text));
                case "object-null" -> p.setObject(i, null);
                case "string" -> p.setString(i, text);
                case "int" -> p.setInt(i, Integer.parseInt(text));
                case "long" -> p.setLong(i, Long.parseLong(text));
                case "boolean" -> p.setBoolean(i, Boolean.parseBoolean(text));
                case "double" -> p.setDouble(i, Double.parseDouble(text));
                case "decimal" -> p.setBigDecimal(i, new BigDecimal(text));
                case "bytes" -> p.setBytes(i, Base64.getDecoder().decode(text));
                case "date" -> p.setDate(i, Date.valueOf(LocalDate.parse(text)));
                case "timestamp" -> p.setTimestamp(i, Timestamp.valueOf(LocalDateTime.parse(text)));
                default -> throw new SQLException("a journaled parameter of an unknown kind: " + kind);
            }
        }
    }
}
