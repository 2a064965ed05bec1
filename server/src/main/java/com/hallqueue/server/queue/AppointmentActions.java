package com.hallqueue.server.queue;

import com.hallqueue.server.appointments.Booking;
import com.hallqueue.server.appointments.BookingCode;
import com.hallqueue.server.appointments.BookingPolicy;
import com.hallqueue.server.appointments.BookingStatus;
import com.hallqueue.server.appointments.CheckInWindow;
import com.hallqueue.server.appointments.Citizen;
import com.hallqueue.server.appointments.Refused;
import com.hallqueue.server.appointments.Slot;
import com.hallqueue.server.appointments.SlotPlan;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Appointments (预约): booking a slot, cancelling it, checking it in at the kiosk for a
 * priority ticket of its service, and closing the bookings whose check-in window passed
 * unused, so the event log counts them as no-shows.
 */
final class AppointmentActions {

    private final HallState hall;
    private final TicketActions tickets;
    private final SlotPlan plan;
    private final BookingPolicy policy;
    private final CheckInWindow window;
    private final BookingCode codes = new BookingCode(new SecureRandom());

    AppointmentActions(HallState hall, TicketActions tickets) {
        this.hall = hall;
        this.tickets = tickets;
        this.plan = new SlotPlan(hall.config);
        this.policy = new BookingPolicy(hall.config.appointments(), hall.config.zone());
        this.window = new CheckInWindow(hall.config.appointments(), hall.config.zone());
    }

    List<SlotView> slots(String service, LocalDate date) {
        knownService(service);
        Instant now = hall.now();
        return plan.slots(service, date).stream().map(s -> new SlotView(s, policy.capacity(s),
                hall.bookings.inSlot(s), policy.open(s, now), plan.appointmentOnly(s))).toList();
    }

    Booking book(String service, LocalDate date, LocalTime start, Citizen who) {
        knownService(service);
        Slot slot = plan.slot(service, date, start).orElseThrow(() -> Refusal.badInput("start",
                "该日没有 " + start + " 开始的时段 / No slot starts at " + start + " that day"));
        refuse(policy.refusal(slot, hall.now(), hall.bookings.inSlot(slot), hall.bookings.ofPhoneOn(who.phoneKey(), date)));
        Booking b = new Booking(freshCode(), slot, who.maskedName(), who.maskedPhone(), who.phoneKey(),
                BookingStatus.BOOKED, hall.now(), hall.now(), null);
        hall.bookings.put(b);
        hall.emit(EventType.APPOINTMENT_BOOKED, null, b);
        return b;
    }

    Booking cancel(String code) {
        Booking b = booking(code);
        if (b.status() != BookingStatus.BOOKED) {
            throw Refusal.conflict(b.status() == BookingStatus.CANCELLED ? Refused.CANCELLED : Refused.USED,
                    "此预约已" + statusZh(b.status()) + "，无法取消 / This appointment was " + statusEn(b.status())
                            + " and cannot be cancelled");
        }
        return change(EventType.APPOINTMENT_CANCELLED, null, b.cancelled(hall.now()));
    }

    /** A priority ticket of the booking's service, issued at {@code kiosk}, inside the check-in window. */
    CheckIn checkIn(String code, String kiosk) {
        Booking b = booking(code);
        refuse(window.refusal(b, hall.now()));
        HallEvent issued = tickets.create(b.service(), true, kiosk);
        return new CheckIn(change(EventType.APPOINTMENT_CHECKED_IN, issued.ticket(), b.checkedIn(issued.ticket().id(),
                hall.now())), issued.ticketView());
    }

    /** Whether {@link #closeMissed} has anything to do now: a booking to mark missed, or one to let go. */
    boolean anyToClose() {
        Instant now = hall.now();
        java.time.LocalDate yesterday = now.atZone(hall.config.zone()).toLocalDate().minusDays(1);
        return hall.bookings.all().stream().anyMatch(b -> b.status() == BookingStatus.BOOKED
                ? !now.isBefore(window.closes(b.slot())) : b.slot().date().isBefore(yesterday));
    }

    /** Marks missed every booking whose check-in window has closed; returns how many. */
    int closeMissed() {
        Instant now = hall.now();
        List<Booking> missed = hall.bookings.all().stream()
                .filter(b -> b.status() == BookingStatus.BOOKED && !now.isBefore(window.closes(b.slot())))
                .sorted(java.util.Comparator.comparing(b -> b.slot().start())).toList();
        missed.forEach(b -> change(EventType.APPOINTMENT_MISSED, null, b.missed(now)));
        hall.bookings.forgetSettledBefore(now.atZone(hall.config.zone()).toLocalDate().minusDays(1));
        return missed.size();
    }

    Booking booking(String code) {
        Booking b = code == null ? null : hall.bookings.get(code);
        if (b == null) {
            throw Refusal.notFound("没有此预约 / No such appointment");
        }
        return b;
    }

    private Booking change(EventType type, Ticket t, Booking b) {
        hall.bookings.put(b);
        hall.emit(type, t, b);
        return b;
    }

    private String freshCode() {
        String code = codes.next();
        while (hall.bookings.exists(code)) {
            code = codes.next();
        }
        return code;
    }

    private void knownService(String service) {
        hall.config.service(service).orElseThrow(
                () -> Refusal.badInput("service", "没有此业务 / Unknown service \"" + service + "\""));
        if (hall.config.appointments().slots(service).isEmpty()) {
            throw Refusal.conflict("此业务不接受预约 / This service takes no appointments");
        }
    }

    static void refuse(Optional<Refused> no) {
        no.ifPresent(r -> {
            throw r.field() != null ? Refusal.badInput(r.field(), r.message())
                    : Refusal.conflict(r.reason(), r.message(), r.facts());
        });
    }

    private static String statusZh(BookingStatus s) {
        return switch (s) {
            case CANCELLED -> "取消";
            case CHECKED_IN -> "签到";
            case MISSED -> "过期";
            case BOOKED -> "预约";
        };
    }

    private static String statusEn(BookingStatus s) {
        return switch (s) {
            case CANCELLED -> "cancelled";
            case CHECKED_IN -> "checked in";
            case MISSED -> "missed";
            case BOOKED -> "booked";
        };
    }
}
