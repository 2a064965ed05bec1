package com.hallqueue.server.store;

import com.hallqueue.server.testing.Postgres;

/** The same schema versions and scripts on PostgreSQL. */
class MigrationsOnPostgresTest extends MigrationsTest {

    @Override
    String freshDatabase() {
        return Postgres.freshSchema();
    }
}
