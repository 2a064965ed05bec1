package com.hallqueue.server.stats;

import com.hallqueue.server.testing.Postgres;

/** The same day's figures, worked out from a hall kept in PostgreSQL. */
class StatsDayOnPostgresTest extends StatsDayTest {

    @Override
    String freshDatabase() {
        return Postgres.freshSchema();
    }
}
