package com.hallqueue.server.testing;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The throwaway PostgreSQL database of this test run, made by {@code bin/test} and named in
 * {@value #VARIABLE}. Each test takes a fresh schema in it, so tests never see each other's halls.
 */
public final class Postgres {

    public static final String VARIABLE = "HALLQUEUE_TEST_POSTGRES";

    private Postgres() {
    }

    /** The run's database, as a JDBC URL with its user and password. */
    public static String database() {
        String url = System.getenv(VARIABLE);
        if (url == null || url.isBlank()) {
            fail(VARIABLE + " is not set: run the tests with bin/test, which starts PostgreSQL"
                    + " and makes a throwaway database for them");
        }
        return url;
    }

    /** A new, empty schema of the run's database, as the URL a server or store is given. */
    public static String freshSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(database()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a schema in the test database: " + e.getMessage(), e);
        }
        return database() + "&currentSchema=" + schema;
    }
}
