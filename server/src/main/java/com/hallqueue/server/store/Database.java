package com.hallqueue.server.store;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A pooled connection to the hall's database. The embedded H2 file is the default; its
 * write delay is turned off, because H2's default loses the last acknowledged commits
 * when the process is killed.
 */
final class Database implements AutoCloseable {

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    static Database open(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("--db: only jdbc:h2: databases are supported in this version");
        }
        String url = jdbcUrl.contains("WRITE_DELAY") ? jdbcUrl : jdbcUrl + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(16);
        return new Database(pool);
    }

    /** Writes everything committed to the file and forces it to the disk. */
    void checkpointSync(java.sql.Connection c) throws java.sql.SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
