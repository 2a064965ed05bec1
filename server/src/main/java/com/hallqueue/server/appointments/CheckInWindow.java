package com.hallqueue.server.appointments;

import com.hallqueue.server.config.AppointmentRules;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * When a booking may be checked in at the kiosk: from {@code earlyCheckIn} before its slot
 * starts until {@code lateCheckIn} after it ends. Refusals say when, in the hall's time.
 */
public final class CheckInWindow {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_HH_MM = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final AppointmentRules rules;
    private final ZoneId zone;

    public CheckInWindow(AppointmentRules rules, ZoneId zone) {
        this.rules = rules;
        this.zone = zone;
    }

    public Instant opens(Slot s) {
        return s.startsAt(zone).minus(rules.earlyCheckIn());
    }

    public Instant closes(Slot s) {
        return s.endsAt(zone).plus(rules.lateCheckIn());
    }

    /** Why {@code b} cannot be checked in at {@code now}, or empty when it can. */
    public Optional<Refused> refusal(Booking b, Instant now) {
        return switch (b.status()) {
            case CHECKED_IN -> Optional.of(Refused.conflict(Refused.USED, "对不起，此预约已签到 / Sorry, this appointment was already checked in"));
            case CANCELLED -> Optional.of(Refused.conflict(Refused.CANCELLED, "对不起，此预约已取消 / Sorry, this appointment was cancelled"));
            case MISSED -> Optional.of(late(b.slot()));
            case BOOKED -> timing(b.slot(), now);
        };
    }

    private Optional<Refused> timing(Slot s, Instant now) {
        if (now.isBefore(opens(s))) {
            String from = (s.date().equals(now.atZone(zone).toLocalDate()) ? HH_MM : DAY_HH_MM)
                    .format(opens(s).atZone(zone));
            return Optional.of(Refused.conflict(Refused.TOO_EARLY, "对不起，请稍候：您预约的是 " + s.label() + "，请于 " + from
                    + " 后签到 / Sorry, please wait: your appointment is " + s.label() + "; please check in from " + from));
        }
        return now.isBefore(closes(s)) ? Optional.empty() : Optional.of(late(s));
    }

    private Refused late(Slot s) {
        String until = DAY_HH_MM.format(closes(s).atZone(zone));
        return Refused.conflict(Refused.TOO_LATE, "对不起，已过签到时间（" + until + "），可以取普通号排队 / Sorry, check-in closed at "
                + until + "; you can take a normal ticket instead");
    }
}
