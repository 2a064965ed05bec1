package com.hallqueue.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.appointments.Citizen;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.testing.AppointmentHalls;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A booking nobody came for counts as a no-show of its service, by service, day and hour. */
class MissedBookingsTest {

    private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");

    @Test
    void anUnusedBookingIsANoShowOfItsService() {
        HallConfig config = AppointmentHalls.weekdays();
        VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");
        try (HallStore store = HallStore.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            QueueEngine hall = new QueueEngine(config, clock, TicketIds.seeded(1), HallRecord.empty());
            hall.book("A", FRIDAY, LocalTime.parse("10:00"), Citizen.of("张三", Citizen.mobile("13800138000")
                    .orElseThrow(), "test hall"));
            clock.set(Instant.parse("2026-11-27T02:45:00Z"));
            hall.closeMissedBookings();
            store.commit(hall.drainEvents());
            StatsReport report = new StatsReport(config, store, clock);
            assertThat(report.rows(FRIDAY, FRIDAY, By.SERVICE)).filteredOn(r -> r.key().equals("A"))
                    .singleElement().satisfies(r -> assertThat(r.noShow()).isEqualTo(1));
            assertThat(report.rows(FRIDAY, FRIDAY, By.DAY)).singleElement()
                    .satisfies(r -> assertThat(r.noShow()).isEqualTo(1));
            assertThat(report.rows(FRIDAY, FRIDAY, By.COUNTER)).allSatisfy(r -> assertThat(r.noShow()).isZero());
        }
    }
}
