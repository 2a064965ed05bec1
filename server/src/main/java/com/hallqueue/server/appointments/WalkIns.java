package com.hallqueue.server.appointments;

import com.hallqueue.server.config.HallConfig;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Walk-ins in the hours kept for the booked: refused politely (对不起), with the time the
 * kiosk next takes walk-ins and how to book, so nobody waits all night for a number that
 * will not come. The same words serve the kiosk's refusal and the screens' notice.
 */
public final class WalkIns {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final AppointmentHours hours;
    private final ZoneId zone;

    public WalkIns(HallConfig config) {
        this.hours = new AppointmentHours(config);
        this.zone = config.zone();
    }

    /** Why a walk-in cannot take a number at {@code now}; empty outside appointment-only hours. */
    public Optional<Refused> refusal(Instant now) {
        return notice(now).map(text -> Refused.conflict(Refused.APPOINTMENT_ONLY, text, facts(now)));
    }

    /** The words for citizens while the hall serves the booked only; empty at other times. */
    public Optional<String> notice(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        return hours.at(local).map(span -> {
            String until = HH_MM.format(span.to());
            Optional<LocalDateTime> next = hours.nextWalkInOpening(local);
            String nextZh = next.map(t -> "普通取号时间：" + ZH.format(t) + " 起。").orElse("");
            String nextEn = next.map(t -> " Walk-in tickets from " + EN.format(t) + ".").orElse("");
            return "对不起，现在是预约时段（至 " + until + "），只为已预约的群众办理。" + nextZh
                    + "请先在预约页面（扫码或网上）预约，到时在取号机点“预约签到”。"
                    + " / Sorry, these are appointment-only hours (until " + until + "): only booked citizens are served."
                    + nextEn + " Please book on the booking page first, then check in here.";
        });
    }

    /** {@code appointmentOnlyUntil} and {@code nextWalkInOpening} in the hall's local time with its offset. */
    public Map<String, Object> facts(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        Map<String, Object> facts = new LinkedHashMap<>();
        hours.at(local).ifPresent(s -> facts.put("appointmentOnlyUntil", s.to().atZone(zone).toOffsetDateTime().toString()));
        hours.nextWalkInOpening(local).ifPresent(t -> facts.put("nextWalkInOpening", t.atZone(zone).toOffsetDateTime().toString()));
        facts.put("appointmentServices", hours.config().services().stream().sorted().toList());
        facts.put("appointmentCounters", hours.config().counters().stream().sorted().toList());
        return facts;
    }
}
