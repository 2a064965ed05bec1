package com.hallqueue.server.http;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.appointments.WalkIns;
import com.hallqueue.server.config.AlertRules;
import com.hallqueue.server.config.DayHours;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.queue.CounterView;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every screen needs to know about the hall and that the event stream does not carry:
 * names, the numbers to publish, services and counters, whether the kiosk issues now (and,
 * in the hours kept for the booked, {@code appointmentOnly}: until when, the next walk-in
 * opening, the services and counters), the hours of the coming week, and the manager's
 * alert thresholds.
 */
final class HallFacts {

    private HallFacts() {
    }

    /**
     * {@code caller} adds the asking kiosk's own id, which its printer's status messages name;
     * {@code live} are the counters as they are now, whose services a manager may have changed.
     */
    static Map<String, Object> of(HallConfig c, ZonedDateTime now, Caller caller, List<CounterView> live) {
        Map<Integer, List<String>> services = new java.util.HashMap<>();
        live.forEach(k -> services.put(k.number(), k.services()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.hall().name());
        m.put("nameEn", c.hall().nameEn());
        m.put("hotline", c.hall().hotline());
        m.put("complaintPhone", c.hall().complaintPhone());
        m.put("timeZone", c.zone().getId());
        m.put("services", c.services().stream().map(s -> Map.of("code", s.code(), "name", s.name(),
                "nameEn", s.nameEn())).toList());
        m.put("counters", c.counters().stream().map(k -> Map.of("number", k.number(), "name", k.name(),
                "services", services.getOrDefault(k.number(), k.services()))).toList());
        m.put("priorityKinds", c.priority().kinds());
        m.put("missedCall", Map.of("zh", c.noShow().wording(), "en", c.noShow().wordingEn()));
        WalkIns walkIns = new WalkIns(c);
        Optional<String> bookedOnly = walkIns.notice(now.toInstant());
        Optional<String> refusal = bookedOnly.or(() -> c.hours().refusalToIssue(now));
        m.put("issuing", refusal.isEmpty());
        m.put("closedNotice", refusal.orElse(null));
        m.put("appointmentOnly", bookedOnly.isPresent() ? walkIns.facts(now.toInstant()) : null);
        m.put("week", week(c, now.toLocalDate()));
        m.put("alerts", alerts(c));
        m.put("kioskReturnSeconds", c.screens().kioskReturnSeconds());
        m.put("appointments", appointments(c));
        m.put("notifier", Map.of("enabled", c.notifier().enabled(), "aheadAt", c.notifier().aheadAt()));
        m.put("now", now.toInstant());
        if (caller instanceof Caller.Kiosk k) {
            m.put("kiosk", k.id());
        }
        return m;
    }

    /** The next seven days from today: date, weekday and the span tickets are issued (null: closed). */
    private static List<Map<String, Object>> week(HallConfig c, LocalDate today) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = today.plusDays(i);
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", d.toString());
            day.put("weekday", d.getDayOfWeek().getValue());
            day.put("hours", c.hours().on(d).map(DayHours::issuingSpan).orElse(null));
            day.put("breaks", c.hours().on(d).map(HallFacts::breaks).orElse(List.of()));
            days.add(day);
        }
        return days;
    }

    private static List<String> breaks(DayHours h) {
        return h.breaks().stream().map(b -> b.from() + "–" + b.to()).toList();
    }

    /** Which services take bookings, how many days ahead, and whether phones may take a number. */
    private static Map<String, Object> appointments(HallConfig c) {
        return Map.of("services", c.services().stream().map(ServiceDef::code)
                        .filter(code -> c.appointments().slots(code).isPresent()).toList(),
                "daysAhead", c.appointments().daysAhead(), "remoteTickets", c.appointments().remoteTickets());
    }

    private static Map<String, Object> alerts(HallConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ServiceDef s : c.services()) {
            AlertRules.Threshold t = c.alerts().forService(s.code());
            m.put(s.code(), Map.of("waitSeconds", t.maxWait().toSeconds(), "waiting", t.waiting()));
        }
        return m;
    }

}
