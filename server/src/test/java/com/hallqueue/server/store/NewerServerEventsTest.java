package com.hallqueue.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Halls;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A rolling upgrade on PostgreSQL: old and new servers of one hall side by side. The older
 * server reads the newer one's events, with fields and kinds of event it does not know, and
 * carries on in the one commit order.
 */
class NewerServerEventsTest {

    private final VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");

    /** What a newer version might write: a kind of event and a field this version has never heard of. */
    private static String fromANewerServer(HallEvent e) {
        return EventCodec.encode(e).replace("\"type\":\"TICKET_ISSUED\"", "\"type\":\"STAFF_ADDED\"")
                .replaceFirst("^\\{", "{\"staff\":{\"badge\":\"1007\",\"role\":\"STAFF\"},");
    }

    @Test
    void anEventOfAnUnknownKindWithUnknownFieldsIsReadWithoutItsKind() throws Exception {
        QueueEngine newer = engine(1);
        newer.issue("A", false, "K1");
        HallEvent read = EventCodec.decode(fromANewerServer(newer.drainEvents().get(0)));
        assertThat(read.type()).isNull();
        assertThat(read.seq()).isEqualTo(1);
        assertThat(read.ticket().number()).isEqualTo("A001");
    }

    @Test
    void anOlderServerPassesOverAnUnknownEventButKeepsItsPlaceAndItsTicket() throws Exception {
        QueueEngine newer = engine(1);
        newer.issue("A", false, "K1");
        HallEvent unknown = EventCodec.decode(fromANewerServer(newer.drainEvents().get(0)));

        QueueEngine older = engine(2);
        assertThat(older.takeIn(List.of(unknown))).as("nothing of an unknown kind goes to the screens").isEmpty();
        assertThat(older.lastSeq()).isEqualTo(1);
        assertThat(older.issue("A", false, "K2").number()).isEqualTo("A002");
        assertThat(older.drainEvents()).singleElement().satisfies(e -> assertThat(e.seq()).isEqualTo(2));
    }

    @Test
    void theEventLogOfASharedHallReadsBackAnUnknownKindAndReportsSkipIt() throws Exception {
        try (HallStore store = HallStore.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            QueueEngine newer = engine(1);
            newer.issue("A", false, "K1");
            newer.issue("B", false, "K1");
            List<HallEvent> events = newer.drainEvents();
            try (Connection c = store.dataSource().getConnection()) {
                new EventRows(true).append(c, List.of(events.get(0)));
                try (PreparedStatement p = c.prepareStatement("INSERT INTO hall_event (seq, occurred_at, type, body)"
                        + " VALUES (?, ?, 'staff.added', ?)")) {
                    p.setLong(1, events.get(1).seq());
                    p.setLong(2, events.get(1).at().toEpochMilli());
                    p.setString(3, fromANewerServer(events.get(1)).replace("TICKET_ISSUED", "STAFF_ADDED"));
                    p.executeUpdate();
                }
                assertThat(new EventRows(true).after(c, 0)).extracting(HallEvent::type)
                        .containsExactly(events.get(0).type(), null);
            }
            List<EventRow> reported = new ArrayList<>();
            store.events(Instant.EPOCH, clock.instant().plusSeconds(60), reported::add);
            assertThat(reported).singleElement().satisfies(r -> assertThat(r.seq()).isEqualTo(1));
        }
    }

    private QueueEngine engine(long seed) {
        return new QueueEngine(Halls.weekdayHall(), clock, TicketIds.seeded(seed), HallRecord.empty());
    }
}
