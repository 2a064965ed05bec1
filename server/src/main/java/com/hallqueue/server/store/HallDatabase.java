package com.hallqueue.server.store;

/**
 * One database holding several halls, each in its own schema, over one pool of
 * connections: a central deployment. Close the halls' stores, then this.
 */
public final class HallDatabase implements AutoCloseable {

    private final String jdbcUrl;
    private final Database db;

    private HallDatabase(String jdbcUrl, Database db) {
        this.jdbcUrl = jdbcUrl;
        this.db = db;
    }

    public static HallDatabase open(String jdbcUrl) {
        return new HallDatabase(jdbcUrl, Database.open(jdbcUrl));
    }

    /** The hall whose tables live in {@code schema}, made and brought up to date if it must be. */
    public HallStore hall(String schema) {
        return HallStore.open(db, jdbcUrl, schema, false);
    }

    @Override
    public void close() {
        db.close();
    }
}
