package com.hallqueue.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Null-safe conversions between Java values and portable column types. */
final class Sql {

    private Sql() {
    }

    static void setInstant(PreparedStatement p, int i, Instant t) throws SQLException {
        if (t == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, t.toEpochMilli());
        }
    }

    static void setInt(PreparedStatement p, int i, Integer n) throws SQLException {
        if (n == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, n);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int n = rs.getInt(column);
        return rs.wasNull() ? null : n;
    }
}
