package com.hallqueue.server.appointments;

import com.hallqueue.server.config.AppointmentRules;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Whether a slot may be booked now: from today until {@code daysAhead} days ahead, until the
 * slot ends, while it has a free place, and while the phone holds fewer than its daily limit.
 */
public final class BookingPolicy {

    private final AppointmentRules rules;
    private final ZoneId zone;

    public BookingPolicy(AppointmentRules rules, ZoneId zone) {
        this.rules = rules;
        this.zone = zone;
    }

    public Optional<Refused> refusal(Slot s, Instant now, int bookedInSlot, int bookedByPhoneThatDay) {
        if (s.date().isAfter(now.atZone(zone).toLocalDate().plusDays(rules.daysAhead()))) {
            return Optional.of(Refused.conflict(Refused.NOT_YET_OPEN, "只能预约" + rules.daysAhead()
                    + "天内的时段 / Slots can be booked at most " + rules.daysAhead() + " days ahead"));
        }
        if (!now.isBefore(s.endsAt(zone))) {
            return Optional.of(Refused.conflict(Refused.ENDED, "对不起，该时段已结束 / Sorry, this slot has ended"));
        }
        if (bookedInSlot >= capacity(s)) {
            return Optional.of(Refused.conflict(Refused.FULL, "对不起，该时段已约满，请选择其他时段 / Sorry, this slot is full; please choose another"));
        }
        if (bookedByPhoneThatDay >= rules.perPhonePerDay()) {
            return Optional.of(Refused.conflict(Refused.PHONE_LIMIT, "对不起，此手机号当天已有预约 / Sorry, this phone already holds "
                    + (rules.perPhonePerDay() == 1 ? "a booking" : rules.perPhonePerDay() + " bookings") + " that day"));
        }
        return Optional.empty();
    }

    public int capacity(Slot s) {
        return rules.slots(s.service()).map(AppointmentRules.SlotSize::capacity).orElse(0);
    }

    /** Whether the slot can still be booked at {@code now}, leaving its places aside. */
    public boolean open(Slot s, Instant now) {
        return !s.date().isAfter(now.atZone(zone).toLocalDate().plusDays(rules.daysAhead()))
                && now.isBefore(s.endsAt(zone));
    }
}
