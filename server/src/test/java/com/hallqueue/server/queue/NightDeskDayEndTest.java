package com.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.appointments.Citizen;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.AppointmentHalls;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day's end (当日号当日有效) beside a night desk that serves the booked from 17:30 through
 * midnight to 08:30: the hall day stays the calendar day, so a night is two days' halves.
 * Thursday 2026-12-03 in Shanghai.
 */
class NightDeskDayEndTest {

    private static final StaffRef LIU = new StaffRef("1004", "刘洋");
    private final VirtualClock clock = VirtualClock.at("2026-12-03T08:50:00Z");
    private final QueueEngine hall = new QueueEngine(AppointmentHalls.nightDesk(), clock, TicketIds.seeded(7),
            HallRecord.empty());

    @Test
    void aBookedCitizenCheckedInBeforeMidnightIsCarriedIntoTheNightWhileAWalkInOfTheDayExpires() {
        TicketView walkIn = hall.issue("B", false, "K1"); // 16:50, the day's last walk-ins
        String lateEvening = bookAndCheckInAt("2026-12-03", "23:30", "13800138001", "2026-12-03T15:50:00Z");
        String earlyMorning = bookAndCheckInAt("2026-12-04", "00:00", "13800138002", "2026-12-03T15:52:00Z");

        at("2026-12-03T16:00:00Z"); // midnight
        List<TicketView> expired = hall.expireEndedDays();

        assertThat(expired).extracting(TicketView::id).containsExactly(walkIn.id());
        assertThat(hall.ticket(lateEvening)).map(TicketView::status).contains(TicketStatus.WAITING);
        assertThat(hall.ticket(earlyMorning)).map(TicketView::status).contains(TicketStatus.WAITING);

        at("2026-12-03T16:10:00Z"); // 00:10: the night desk calls them in their order
        hall.open(4, LIU);
        assertThat(hall.callNext(4, "1004")).map(TicketView::id).contains(lateEvening);
        hall.start(4, "1004");
        assertThat(hall.finish(4, "1004").status()).isEqualTo(TicketStatus.DONE);
        assertThat(hall.callNext(4, "1004")).map(TicketView::id).contains(earlyMorning);
    }

    @Test
    void aCarriedTicketStillUnservedAtTheNextDaysEndExpiresThen() {
        String booked = bookAndCheckInAt("2026-12-03", "23:30", "13800138001", "2026-12-03T15:50:00Z");
        at("2026-12-03T16:00:00Z");
        hall.expireEndedDays();

        at("2026-12-04T16:00:00Z"); // Saturday's midnight
        assertThat(hall.expireEndedDays()).extracting(TicketView::id).containsExactly(booked);
    }

    @Test
    void theNightsNumbersRunOnPastMidnightSoNoTwoWaitingTicketsShareOne() {
        String evening = bookAndCheckInAt("2026-12-03", "23:30", "13800138001", "2026-12-03T15:50:00Z");
        at("2026-12-03T16:00:00Z");
        hall.expireEndedDays();
        String morning = bookAndCheckInAt("2026-12-04", "00:30", "13800138002", "2026-12-03T16:20:00Z");

        assertThat(hall.ticket(evening)).map(TicketView::number).contains("B001");
        assertThat(hall.ticket(morning)).map(TicketView::number).contains("B002");
        assertThat(hall.ticket(evening).orElseThrow().ahead()).isZero();
        assertThat(hall.ticket(morning).orElseThrow().ahead()).isEqualTo(1);
    }

    private String bookAndCheckInAt(String date, String start, String phone, String instant) {
        at("2026-12-03T12:00:00Z");
        String code = hall.book("B", LocalDate.parse(date), LocalTime.parse(start), Citizen.of("张三", phone, "test"))
                .code();
        at(instant);
        return hall.checkIn(code, "K1").ticket().id();
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }
}
