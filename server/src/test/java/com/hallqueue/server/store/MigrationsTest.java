package com.hallqueue.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The schema scripts run by version number, each once, whatever gaps the numbers have; on H2
 * here, on PostgreSQL in {@link MigrationsOnPostgresTest}.
 */
class MigrationsTest {

    @Test
    void scriptsRunOnceEachByVersion() throws Exception {
        String url = freshDatabase();
        HallStore.open(url).close();
        try (HallStore again = HallStore.open(url)) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.byVersion().lastKey());
            assertThat(applied(again)).containsExactlyElementsOf(Migrations.byVersion().keySet());
        }
        assertThat(new ArrayList<>(Migrations.byVersion().keySet())).startsWith(1, 2).isSorted();
    }

    @Test
    void aMissingVersionBelowTheHighestIsStillApplied() throws Exception {
        String url = freshDatabase();
        try (HallStore store = HallStore.open(url); Connection c = store.dataSource().getConnection();
             Statement s = c.createStatement()) {
            // as if V2 had been skipped: its tables and its row are gone
            s.execute("DROP TABLE print_job");
            s.execute("DROP TABLE printer_state");
            s.execute("DELETE FROM schema_version WHERE version = 2");
        }
        try (HallStore reopened = HallStore.open(url)) {
            assertThat(applied(reopened)).containsExactlyElementsOf(Migrations.byVersion().keySet());
        }
    }

    @Test
    void aScriptCutOffAfterItsTablesButBeforeItsVersionWasRecordedIsFinishedAtTheNextStart() throws Exception {
        String url = freshDatabase();
        try (HallStore store = HallStore.open(url); Connection c = store.dataSource().getConnection();
             Statement s = c.createStatement()) {
            // a power cut kept V6's column and lock row (H2 commits DDL by itself) but not its version
            s.execute("DELETE FROM schema_version WHERE version >= 6");
        }
        try (HallStore reopened = HallStore.open(url); Connection c = reopened.dataSource().getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM hall_lock")) {
            assertThat(applied(reopened)).containsExactlyElementsOf(Migrations.byVersion().keySet());
            rs.next();
            assertThat(rs.getInt(1)).as("one lock row, not two").isEqualTo(1);
        }
    }

    /** A new, empty database for one test. */
    String freshDatabase() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private static List<Integer> applied(HallStore store) throws Exception {
        List<Integer> out = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }
}
