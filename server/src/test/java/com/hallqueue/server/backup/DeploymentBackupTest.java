package com.hallqueue.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.HallCommand;
import com.hallqueue.server.testing.HallCommand.Outcome;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several halls of one server in one H2 file: the backup of the running server holds every hall. */
class DeploymentBackupTest {

    @TempDir
    Path dir;

    @Test
    void aRunningDeploymentsBackupHoldsEachHallsTickets() throws Exception {
        Files.writeString(dir.resolve("east.yaml"), Halls.districtHallYaml("东区服务大厅", "east", true));
        Files.writeString(dir.resolve("west.yaml"), Halls.districtHallYaml("西区服务大厅", "west", false));
        Path district = Files.writeString(dir.resolve("district.yaml"),
                "halls:\n  - {id: east, config: east.yaml}\n  - {id: west, config: west.yaml}\n");
        Path data = dir.resolve("data");
        String eastTicket;
        String westTicket;
        try (ServerProcess server = ServerProcess.start(data, "--deployment", district.toString())) {
            eastTicket = server.api().post("/api/v1/tickets", "east-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
            westTicket = server.api().post("/halls/west/api/v1/tickets", "west-kiosk", "{\"service\":\"A\"}").json()
                    .get("id").asText();
            Outcome taken = HallCommand.run("backup", "--data", data.toString(), "--to", dir.resolve("d.zip").toString());
            assertThat(taken.status()).as(taken.stderr()).isZero();
        }
        Path restored = dir.resolve("restored");
        Outcome r = HallCommand.run("restore", "--from", dir.resolve("d.zip").toString(), "--data", restored.toString());
        assertThat(r.stdout()).contains("(2 tickets)");
        try (ServerProcess again = ServerProcess.start(restored, "--deployment", district.toString())) {
            assertThat(again.api().get("/api/v1/tickets/" + eastTicket, null).status()).isEqualTo(200);
            assertThat(again.api().get("/halls/west/api/v1/tickets/" + westTicket, null).json().get("number").asText())
                    .isEqualTo("A001");
        }
    }
}
