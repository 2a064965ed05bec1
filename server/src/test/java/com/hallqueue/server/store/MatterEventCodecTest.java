package com.hallqueue.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.matters.Matter;
import com.hallqueue.server.matters.Notice;
import com.hallqueue.server.matters.Outcome;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.Ticket;
import com.hallqueue.server.queue.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice and a ticket's matter come back whole from the journal and the shared event log. */
class MatterEventCodecTest {

    private static final Instant AT = Instant.parse("2026-12-03T02:00:00Z");

    @Test
    void aNoticeEventIsReadBackAsItWasWritten() throws Exception {
        Ticket t = new Ticket("id1", "B001", "B", TicketStatus.DONE, false, AT, AT, AT, AT, 3, null,
                LocalDate.parse("2026-12-03"), 1, 1024, "K1", null,
                new Matter(3, null, null, Outcome.NOTICE, "请补齐", "MDEQ6BSQ9F", "核对发票"));
        Notice n = new Notice("MDEQ6BSQ9F", "id1", "id1", "B001", "B", List.of("商业发票", "<b>装箱单</b>"), "请补齐", AT, 3,
                "1003", "张伟", 3, LocalDate.parse("2026-12-08"), Instant.parse("2026-12-08T16:00:00Z"), null,
                List.of(), null, null, null);
        HallEvent e = new HallEvent(7, EventType.NOTICE_ISSUED, AT, t, null, "1003", null, null, null, null, null,
                null, null, n);

        HallEvent back = EventCodec.decode(EventCodec.encode(e));

        assertThat(back.notice()).isEqualTo(n);
        assertThat(back.ticket()).isEqualTo(t);
    }

    @Test
    void aTicketWrittenBeforeMattersWereKeptReadsBackWithNone() throws Exception {
        String old = "{\"seq\":1,\"type\":\"TICKET_ISSUED\",\"at\":\"2026-12-03T02:00:00Z\",\"ticket\":{\"id\":\"x\","
                + "\"number\":\"A001\",\"service\":\"A\",\"status\":\"WAITING\",\"priority\":false,"
                + "\"issuedAt\":\"2026-12-03T02:00:00Z\",\"day\":\"2026-12-03\",\"seq\":1,\"place\":1024}}";

        HallEvent back = EventCodec.decode(old);

        assertThat(back.ticket().matter()).isEqualTo(Matter.NONE);
        assertThat(back.notice()).isNull();
    }
}
