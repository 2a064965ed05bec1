package com.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.server.appointments.Booking;
import com.hallqueue.server.appointments.BookingStatus;
import com.hallqueue.server.appointments.Citizen;
import com.hallqueue.server.testing.AppointmentHalls;
import com.hallqueue.server.simulate.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Booking rules on a weekday hall. Friday 2026-11-27, 09:00 in Shanghai (01:00Z). */
class AppointmentRulesTest {

    private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");
    private static final StaffRef WANG = new StaffRef("1001", "王芳");
    private final VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");
    private final QueueEngine hall = new QueueEngine(AppointmentHalls.weekdays(), clock, TicketIds.seeded(1),
            HallRecord.empty());

    @Test
    void slotsRunFromOpeningToTheLastTicketAndStartAgainAfterTheBreak() {
        List<String> a = starts("A", FRIDAY);
        assertThat(a).hasSize(14).startsWith("08:30", "09:00").contains("11:30", "13:30").endsWith("16:30")
                .doesNotContain("12:00", "12:30", "13:00", "17:00");
        assertThat(starts("B", FRIDAY)).containsExactly("08:30", "09:30", "10:30", "13:30", "14:30", "15:30");
        assertThat(hall.slots("B", FRIDAY).get(0).capacity()).isEqualTo(1);
    }

    @Test
    void noSlotsOnAHolidayOrAClosedDay() {
        assertThat(hall.slots("A", LocalDate.parse("2026-11-30"))).isEmpty();
        assertThat(hall.slots("A", LocalDate.parse("2026-11-28"))).isEmpty();
        assertThatThrownBy(() -> book("A", "2026-11-30", "09:00", "13800138000"))
                .isInstanceOf(Refusal.class).extracting("field").isEqualTo("start");
    }

    @Test
    void aSlotTakesAsManyBookingsAsItsCapacity() {
        book("A", "2026-11-27", "10:00", "13800138001");
        book("A", "2026-11-27", "10:00", "13800138002");
        assertThatThrownBy(() -> book("A", "2026-11-27", "10:00", "13800138003"))
                .isInstanceOf(Refusal.class).extracting("reason").isEqualTo("slot-full");
        assertThat(slot("A", FRIDAY, "10:00").booked()).isEqualTo(2);
        assertThat(slot("A", FRIDAY, "10:00").free()).isZero();
    }

    @Test
    void aPhoneHoldsOneBookingADayUntilItCancels() {
        Booking first = book("A", "2026-11-27", "10:00", "13800138000");
        assertThatThrownBy(() -> book("B", "2026-11-27", "14:30", "+86 138-0013-8000"))
                .isInstanceOf(Refusal.class).extracting("reason").isEqualTo("phone-limit");
        book("A", "2026-12-01", "10:00", "13800138000");
        hall.cancelBooking(first.code());
        assertThat(book("B", "2026-11-27", "14:30", "13800138000").status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void bookableFromTodayUntilTheConfiguredDaysAheadAndUntilTheSlotEnds() {
        assertThat(book("A", "2026-12-04", "09:00", "13900000001").status()).isEqualTo(BookingStatus.BOOKED);
        assertThatThrownBy(() -> book("A", "2026-12-07", "09:00", "13900000002"))
                .isInstanceOf(Refusal.class).extracting("reason").isEqualTo("not-yet-bookable");
        clock.advance(Duration.ofMinutes(10));
        assertThat(book("A", "2026-11-27", "09:00", "13900000003").status()).isEqualTo(BookingStatus.BOOKED);
        assertThatThrownBy(() -> book("A", "2026-11-27", "08:30", "13900000004"))
                .isInstanceOf(Refusal.class).extracting("reason").isEqualTo("slot-ended");
        assertThat(slot("A", FRIDAY, "08:30").bookable()).isFalse();
        assertThat(slot("A", FRIDAY, "09:00").bookable()).isTrue();
    }

    @Test
    void codesAreShortDistinctAndFromTheUnmistakableAlphabet() {
        Set<String> codes = new HashSet<>();
        List<String> starts = starts("A", LocalDate.parse("2026-12-01"));
        for (int i = 0; i < 10; i++) {
            codes.add(book("A", "2026-12-01", starts.get(i / 2), "1370000000" + i).code());
        }
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[2-9A-HJKMNP-TW-Z]{8}"));
    }

    @Test
    void cancellingFreesThePlaceOnceOnly() {
        Booking b = book("B", "2026-11-27", "10:30", "13800138000");
        assertThat(slot("B", FRIDAY, "10:30").free()).isZero();
        assertThat(hall.cancelBooking(b.code()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(slot("B", FRIDAY, "10:30").free()).isEqualTo(1);
        assertThatThrownBy(() -> hall.cancelBooking(b.code())).isInstanceOf(Refusal.class)
                .extracting("reason").isEqualTo("cancelled");
        assertThatThrownBy(() -> hall.cancelBooking("ZZZZZZZZ")).isInstanceOf(Refusal.class)
                .extracting("kind").isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void checkInOpensFifteenMinutesBeforeTheSlotAndClosesFifteenAfterIt() {
        Booking b = book("A", "2026-11-27", "10:00", "13800138000");
        clock.set(Instant.parse("2026-11-27T01:44:59Z"));
        assertThatThrownBy(() -> hall.checkIn(b.code(), "K1")).isInstanceOf(Refusal.class)
                .hasMessageContaining("09:45").extracting("reason").isEqualTo("too-early");
        clock.set(Instant.parse("2026-11-27T01:45:00Z"));
        CheckIn in = hall.checkIn(b.code(), "K1");
        assertThat(in.ticket().priority()).isTrue();
        assertThat(in.ticket().number()).isEqualTo("A001");
        assertThat(in.booking().status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThatThrownBy(() -> hall.checkIn(b.code(), "K1")).isInstanceOf(Refusal.class)
                .extracting("reason").isEqualTo("already-used");
    }

    @Test
    void aLateCitizenIsRefusedAndMayStillTakeANormalTicket() {
        Booking b = book("A", "2026-11-27", "10:00", "13800138000");
        clock.set(Instant.parse("2026-11-27T02:44:59Z"));
        assertThat(hall.checkIn(b.code(), "K1").ticket().priority()).isTrue();
        Booking late = book("B", "2026-11-27", "10:30", "13800138001");
        clock.set(Instant.parse("2026-11-27T03:45:00Z"));
        assertThatThrownBy(() -> hall.checkIn(late.code(), "K1")).isInstanceOf(Refusal.class)
                .hasMessageContaining("普通号").extracting("reason").isEqualTo("too-late");
        assertThat(hall.issue("B", false, "K1").priority()).isFalse();
    }

    @Test
    void aCheckedInCitizenGoesAheadOfWalkInsWithinThePriorityCap() {
        hall.issue("A", false, "K1");
        hall.issue("A", false, "K1");
        for (String phone : List.of("13800000001", "13800000002")) {
            hall.checkIn(book("A", "2026-11-27", "09:00", phone).code(), "K1");
        }
        clock.advance(Duration.ofMinutes(30));
        hall.checkIn(book("A", "2026-11-27", "09:30", "13800000003").code(), "K1");
        hall.open(1, WANG);
        assertThat(callOrder(5)).containsExactly("A003", "A004", "A001", "A005", "A002");
    }

    @Test
    void aBookingWhoseWindowClosesUnusedIsLoggedAsMissed() {
        Booking b = book("A", "2026-11-27", "10:00", "13800138000");
        book("A", "2026-11-27", "11:00", "13800138001");
        hall.drainEvents();
        clock.set(Instant.parse("2026-11-27T02:44:59Z"));
        assertThat(hall.closeMissedBookings()).isZero();
        clock.set(Instant.parse("2026-11-27T02:45:00Z"));
        assertThat(hall.closeMissedBookings()).isEqualTo(1);
        List<HallEvent> events = hall.drainEvents();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.APPOINTMENT_MISSED);
            assertThat(e.booking().code()).isEqualTo(b.code());
            assertThat(e.detail()).isEqualTo("2026-11-27 10:00-10:30");
        });
        assertThat(hall.booking(b.code()).status()).isEqualTo(BookingStatus.MISSED);
        assertThatThrownBy(() -> hall.checkIn(b.code(), "K1")).extracting("reason").isEqualTo("too-late");
    }

    @Test
    void bookingsComeBackFromTheRecordWithTheirPlacesHeld() {
        Booking b = book("B", "2026-11-27", "10:30", "13800138000");
        HallRecord record = new HallRecord(List.of(), List.of(), 10, List.of(), java.util.Map.of(), List.of(), 0, List.of(b));
        QueueEngine restarted = new QueueEngine(AppointmentHalls.weekdays(), clock, TicketIds.seeded(2), record);
        assertThat(restarted.slots("B", FRIDAY).get(2).booked()).isEqualTo(1);
        assertThatThrownBy(() -> restarted.book("A", FRIDAY, LocalTime.parse("14:00"), citizen("13800138000")))
                .extracting("reason").isEqualTo("phone-limit");
        clock.set(Instant.parse("2026-11-27T02:15:00Z"));
        assertThat(restarted.checkIn(b.code(), "K1").ticket().priority()).isTrue();
    }

    private List<String> callOrder(int n) {
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(hall.callNext(1, "1001").orElseThrow().number());
            hall.finish(1, "1001");
        }
        return order;
    }

    private Booking book(String service, String date, String start, String phone) {
        return hall.book(service, LocalDate.parse(date), LocalTime.parse(start), citizen(phone));
    }

    private static Citizen citizen(String phone) {
        return Citizen.of("张三", Citizen.mobile(phone).orElseThrow(), "test hall");
    }

    private List<String> starts(String service, LocalDate date) {
        return hall.slots(service, date).stream().map(s -> s.slot().startText()).toList();
    }

    private SlotView slot(String service, LocalDate date, String start) {
        return hall.slots(service, date).stream().filter(s -> s.slot().startText().equals(start)).findFirst()
                .orElseThrow();
    }
}
