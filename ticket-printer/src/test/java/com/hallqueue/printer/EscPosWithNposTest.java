package com.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.hardware.escpos.EscPosTicket;
import com.hallqueue.hardware.escpos.TicketPrint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tickets of every shape, read by npos: none may carry a command it does not know. */
class EscPosWithNposTest {

    @TempDir
    Path dir;

    @Test
    void everyShapeOfTicketTokenizesCleanly() throws Exception {
        List<TicketPrint> tickets = List.of(
                new TicketPrint("海关业务大厅", "报关业务", "B1000", 123, "约95分钟", "2026-11-27 16:59",
                        "https://hall.example/t/" + "x".repeat(200), "12360", "请保管好您的号票"),
                new TicketPrint("大厅", "查验", "C001", 0, "", "", "", "", null),
                new TicketPrint("𠀀 Hall ¥€", "综合业务", "A001", 1, "无需等待", "2026-01-01 00:00",
                        "http://h/t/1", "010-12345678", null));
        for (TicketPrint t : tickets) {
            assertThat(Npos.commandsOf(EscPosTicket.encode(t), dir)).as(t.number())
                    .startsWith("ESC @", "FS &").endsWith("GS V");
        }
    }

    @Test
    void aStrayCommandIsCaught() {
        byte[] bad = {0x1B, '@', 0x1B, (byte) 0xFF};

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Npos.commandsOf(bad, dir))
                .hasMessageContaining("npos refused");
    }
}
