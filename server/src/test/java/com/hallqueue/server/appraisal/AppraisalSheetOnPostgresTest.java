package com.hallqueue.server.appraisal;

import com.hallqueue.server.testing.Postgres;

/** The same December sheet, marks, cases and complaints, from a hall kept in PostgreSQL. */
class AppraisalSheetOnPostgresTest extends AppraisalSheetTest {

    @Override
    String freshDatabase() {
        return Postgres.freshSchema();
    }
}
