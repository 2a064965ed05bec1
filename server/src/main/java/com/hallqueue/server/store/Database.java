package com.hallqueue.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A pooled connection to the hall's database: the embedded H2 file of one server, or a
 * PostgreSQL database that several servers share.
 *
 * <p>H2's write delay is turned off, because H2's default loses the last acknowledged
 * commits when the process is killed. Its file is copied clean after a crash before H2 opens
 * it ({@link H2File}). PostgreSQL commits durably by itself (with its
 * default {@code synchronous_commit = on}).
 */
final class Database implements AutoCloseable {

    private static final int MAX_CONNECTIONS = 16;
    /** An arbitrary number all HallQueue servers agree on, for PostgreSQL's advisory lock. */
    private static final long MIGRATION_LOCK = 4_242_001L;
    /** PostgreSQL ends a hall session that sits this long inside a transaction, and its locks go. */
    static final Duration IDLE_IN_TRANSACTION = Duration.ofSeconds(3);
    /** How long a write waits for the hall's lock before it fails. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(5);
    /** The longest statement of a hall session: every one is a few rows by key. */
    static final Duration STATEMENT_LIMIT = Duration.ofSeconds(15);
    /** A read of the database that waits longer for any answer has lost it. */
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    /** A report's own limit: it reads a year of events. */
    static final Duration LONG_READ = Duration.ofMinutes(10);

    /** Which engine; the SQL is the same, only locking, notifying and checkpoints differ. */
    enum Kind { H2, POSTGRESQL }

    private final Kind kind;
    private final String jdbcUrl;
    private final DataSource pool;
    private final AutoCloseable closer;
    /** Started with the first hall that listens; PostgreSQL only. */
    private CommitBell bell;

    private Database(Kind kind, String jdbcUrl, DataSource pool, AutoCloseable closer) {
        this.kind = kind;
        this.jdbcUrl = jdbcUrl;
        this.pool = pool;
        this.closer = closer;
    }

    static Database open(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            String url = jdbcUrl.contains("WRITE_DELAY") ? jdbcUrl : jdbcUrl + ";WRITE_DELAY=0";
            java.util.Optional<H2File> file = H2File.of(url);
            file.ifPresent(H2File::open);
            JdbcConnectionPool h2 = JdbcConnectionPool.create(url, "sa", "");
            h2.setMaxConnections(MAX_CONNECTIONS);
            return new Database(Kind.H2, url, h2, () -> {
                h2.dispose();
                file.ifPresent(H2File::closed);
            });
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            HikariDataSource pg = new HikariDataSource(postgres(jdbcUrl));
            return new Database(Kind.POSTGRESQL, jdbcUrl, pg, pg);
        }
        throw new IllegalArgumentException("--db: expected a jdbc:h2: or jdbc:postgresql: URL");
    }

    private static HikariConfig postgres(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("hall-db");
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(2);
        config.setConnectionTimeout(5_000);
        // Fail at start with the database's own words (wrong password, unknown database).
        config.setInitializationFailTimeout(10_000);
        faultLimits(config);
        return config;
    }

    /**
     * Why: a server frozen while it holds the hall's lock (a paused VM, a GC storm, a host
     * off the network) would otherwise hold every other server of the hall until PostgreSQL
     * noticed the dead connection, hours by default. A session idle in its transaction for
     * {@link #IDLE_IN_TRANSACTION} is ended by PostgreSQL, which lets the lock go; the frozen
     * server's late commit then fails and it rebuilds from the database. A waiter gives up
     * after {@link #LOCK_WAIT}, longer than that, so a frozen holder costs the others a pause
     * and not an error. Sockets time out and are kept alive so a vanished database or host
     * is noticed too. A URL that sets these itself keeps its own values.
     */
    private static void faultLimits(HikariConfig config) {
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("socketTimeout", Long.toString(SOCKET_TIMEOUT.toSeconds()));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("options", "-c lock_timeout=" + LOCK_WAIT.toMillis()
                + " -c statement_timeout=" + STATEMENT_LIMIT.toMillis()
                + " -c idle_in_transaction_session_timeout=" + IDLE_IN_TRANSACTION.toMillis());
    }

    /**
     * Lifts the hall sessions' limits for the rest of this transaction: a report over a year
     * reads for minutes, and nothing it does takes the hall's lock.
     */
    void longRead(Connection c) throws SQLException {
        if (kind == Kind.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL statement_timeout = " + LONG_READ.toMillis()
                        + "; SET LOCAL idle_in_transaction_session_timeout = " + SOCKET_TIMEOUT.toMillis());
            }
            c.setNetworkTimeout(Runnable::run, (int) LONG_READ.toMillis());
        }
    }

    /** True when other servers may write the same hall: PostgreSQL. */
    boolean shared() {
        return kind == Kind.POSTGRESQL;
    }

    /** Calls {@code onCommit} when another server commits on {@code channel}; PostgreSQL only. */
    synchronized AutoCloseable listen(String channel, Runnable onCommit, java.util.function.BooleanSupplier followed) {
        if (bell == null) {
            bell = new CommitBell(jdbcUrl);
        }
        return bell.register(channel, onCommit, followed);
    }

    /**
     * Holds every other writer of the schema's hall off until this transaction ends, so
     * that a server reads what the others committed and writes after it, in one order.
     */
    void lockHall(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM hall_lock WHERE id = 1 FOR UPDATE")) {
            p.executeQuery().close();
        }
    }

    /**
     * Servers starting together on one PostgreSQL database migrate it one at a time. The
     * lock is the session's, not the transaction's: each script commits on its own.
     */
    void lockMigrations(Connection c) throws SQLException {
        // Another server's migration may take longer than a hall session may wait or run.
        advisory(c, "SET lock_timeout = 0; SET statement_timeout = 0");
        advisory(c, "SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
    }

    void unlockMigrations(Connection c) throws SQLException {
        advisory(c, "SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
        advisory(c, "RESET lock_timeout; RESET statement_timeout");
    }

    private void advisory(Connection c, String sql) throws SQLException {
        if (kind == Kind.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    /** Wakes the other servers' listeners (PostgreSQL only): one statement, committed on its own. */
    void ring(String channel) throws SQLException {
        if (kind == Kind.POSTGRESQL) {
            try (Connection c = pool.getConnection();
                 PreparedStatement p = c.prepareStatement("SELECT pg_notify(?, '')")) {
                c.setAutoCommit(true);
                p.setString(1, channel);
                p.executeQuery().close();
            }
        }
    }

    /** Creates a hall's own schema, once; its name is checked by the caller to be a plain identifier. */
    void createSchema(String schema) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            lockMigrations(c);
            try {
                s.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"");
            } finally {
                unlockMigrations(c);
            }
        } catch (SQLException e) {
            throw new StoreException("database: cannot create schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /** Writes everything committed to the H2 file and forces it to the disk. */
    void checkpointSync(Connection c) throws SQLException {
        if (kind == Kind.H2) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        try {
            synchronized (this) {
                if (bell != null) {
                    bell.close();
                }
            }
            closer.close();
        } catch (Exception e) {
            throw new StoreException("closing the database: " + e.getMessage(), e);
        }
    }
}
