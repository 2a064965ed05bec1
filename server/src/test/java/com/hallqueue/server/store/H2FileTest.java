package com.hallqueue.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server does to its H2 file before opening it, after a clean stop and after a crash. */
class H2FileTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("hallqueue") + ";WRITE_DELAY=0";
    }

    private Path data() {
        return dir.resolve("hallqueue.mv.db");
    }

    @Test
    void aFileLeftInUseByACrashIsReplacedByACopyWithEveryRow() throws Exception {
        H2File file = H2File.of(url()).orElseThrow();
        file.open();
        writeRows(100);
        Object before = Files.getAttribute(data(), "fileKey");

        file.open(); // the mark is still there: the last stop was not clean

        assertThat(Files.getAttribute(data(), "fileKey")).as("a new file in its place").isNotEqualTo(before);
        assertThat(rows()).isEqualTo(100);
    }

    @Test
    void aCleanStopLeavesTheFileAsItIs() throws Exception {
        H2File file = H2File.of(url()).orElseThrow();
        file.open();
        writeRows(10);
        file.closed();
        Object before = Files.getAttribute(data(), "fileKey");

        file.open();

        assertThat(Files.getAttribute(data(), "fileKey")).isEqualTo(before);
        assertThat(dir.resolve("hallqueue.in-use")).exists();
    }

    @Test
    void aCopyThatACrashInterruptedIsThrownAwayAndTheFileKept() throws Exception {
        H2File file = H2File.of(url()).orElseThrow();
        file.open();
        writeRows(10);
        Files.write(dir.resolve("hallqueue.mv.db.copy"), new byte[] {1, 2, 3});

        file.open();

        assertThat(dir.resolve("hallqueue.mv.db.copy")).doesNotExist();
        assertThat(rows()).isEqualTo(10);
    }

    @Test
    void aDatabaseInMemoryHasNoFile() {
        assertThat(H2File.of("jdbc:h2:mem:hall")).isEmpty();
        assertThat(H2File.of("jdbc:h2:tcp://localhost/hall")).isEmpty();
        assertThat(H2File.of("jdbc:postgresql://localhost/hall")).isEmpty();
    }

    private void writeRows(int n) throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS t(id INT PRIMARY KEY, note VARCHAR(100))");
            for (int i = 0; i < n; i++) {
                s.execute("INSERT INTO t VALUES (" + i + ", '窗口" + i + "')");
            }
        }
    }

    private int rows() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
            r.next();
            return r.getInt(1);
        }
    }
}
