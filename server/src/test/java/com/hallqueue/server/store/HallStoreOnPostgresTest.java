package com.hallqueue.server.store;

import com.hallqueue.server.testing.Postgres;

/** Every store test again, on the run's PostgreSQL database. */
class HallStoreOnPostgresTest extends HallStoreTest {

    @Override
    String freshDatabase() {
        return Postgres.freshSchema();
    }
}
