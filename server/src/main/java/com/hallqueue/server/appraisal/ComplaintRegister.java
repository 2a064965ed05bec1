package com.hallqueue.server.appraisal;

import com.hallqueue.server.appointments.Citizen;
import com.hallqueue.server.config.DayHours;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.store.HallStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The complaints register (投诉举报: 热情接待, 问明事由, 作好记录, 及时汇报): checks what a manager
 * writes down, keeps the complainant's contact masked only, sets the deadline (the hall's
 * working days for putting a 差评 right, unless the form gives one) and hands back the entry
 * for the hall's writer. Reads of the register run on a worker.
 */
public final class ComplaintRegister {

    private static final int MAX_DAYS_AHEAD = 366;
    private final HallConfig config;
    private final HallStore store;

    public ComplaintRegister(HallConfig config, HallStore store) {
        this.config = config;
        this.store = store;
    }

    /** A new entry (id 0 until the writer numbers it), received now by {@code by}. */
    public Complaint draft(ComplaintForm f, String by, Instant now) {
        Complaint.Channel channel = channel(f.channel());
        if (f.counter() != null && config.counter(f.counter()).isEmpty()) {
            throw Refusal.badInput("counter", "没有" + f.counter() + "号窗口 / No counter " + f.counter());
        }
        knownStaff(f.staff(), "staff");
        knownStaff(f.handler(), "handler");
        if (f.service() != null && config.service(f.service()).isEmpty()) {
            throw Refusal.badInput("service", "没有业务 " + f.service() + " / No service " + f.service());
        }
        String what = text(f.what(), "what", true);
        LocalDate today = now.atZone(config.zone()).toLocalDate();
        LocalDate due = f.dueDate() != null ? f.dueDate()
                : config.hours().workingDayAfter(today, config.stats().followUpWorkingDays());
        if (due.isBefore(today) || due.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw Refusal.badInput("dueDate", "须在今天至一年内 / must be from today to a year ahead");
        }
        return new Complaint(0, channel, f.counter(), f.staff(), f.service(), what,
                contact(f.contactName(), f.contactPhone()), due, closeOf(due), f.handler(), null, null, now, by, null,
                null, null);
    }

    /** The open entry {@code id}, with the new handler, outcome and feedback (each kept when not given). */
    public Complaint handled(long id, String handler, String outcome, String feedback) {
        Complaint c = openOne(id);
        knownStaff(handler, "handler");
        return c.handled(handler == null ? c.handler() : handler,
                outcome == null ? c.outcome() : text(outcome, "outcome", false),
                feedback == null ? c.feedback() : text(feedback, "feedback", false));
    }

    /** Closed with what was found and done, and what the complainant was told. */
    public Complaint closed(long id, String outcome, String feedback, String by, Instant at) {
        Complaint c = openOne(id);
        return c.handled(c.handler(), text(outcome == null ? c.outcome() : outcome, "outcome", true),
                feedback == null ? c.feedback() : text(feedback, "feedback", false)).closed(at, by);
    }

    /** The open entries, soonest due first, and those received or due in [from, to). */
    public List<Complaint> open() {
        return store.openComplaints();
    }

    /**
     * 超期升级: the open entries past their deadline not yet put before the hall head. Read on the
     * chores' thread, not the writer's; the writer then escalates each once.
     */
    public List<Complaint> dueForEscalation(Instant now) {
        return open().stream().filter(c -> c.needsEscalation(now)).toList();
    }

    public List<Complaint> between(LocalDate from, LocalDate to) {
        return store.complaints(from.atStartOfDay(config.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(config.zone()).toInstant());
    }

    private Complaint openOne(long id) {
        Complaint c = store.complaint(id).orElseThrow(() -> Refusal.notFound("没有投诉 " + id + " / No complaint " + id));
        if (!c.isOpen()) {
            throw Refusal.conflict("投诉 " + id + " 已办结 / Complaint " + id + " is closed");
        }
        return c;
    }

    private static Complaint.Channel channel(String text) {
        try {
            return Complaint.Channel.valueOf(text == null ? "" : text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput("channel", "须为 IN_PERSON（来访）、PHONE（来电）或 LETTER（来信）"
                    + " / must be IN_PERSON, PHONE or LETTER");
        }
    }

    private void knownStaff(String badge, String field) {
        if (badge != null && config.staffMember(badge).isEmpty()) {
            throw Refusal.badInput(field, "没有工号 " + badge + " / No staff member " + badge);
        }
    }

    private static String text(String value, String field, boolean required) {
        String t = value == null ? "" : value.strip();
        if (required && t.isEmpty()) {
            throw Refusal.badInput(field, "必填 / is required");
        }
        if (t.length() > Complaint.MAX_TEXT) {
            throw Refusal.badInput(field, "最多" + Complaint.MAX_TEXT + "字 / at most " + Complaint.MAX_TEXT + " characters");
        }
        return t.isEmpty() ? null : t;
    }

    /** As bookings keep it: 张* and 138****8000; any other number shows its last four digits only. */
    static String contact(String name, String phone) {
        List<String> parts = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            parts.add(Citizen.maskName(name.length() > 40 ? name.substring(0, 40) : name));
        }
        if (phone != null && !phone.isBlank()) {
            String digits = phone.replaceAll("[^0-9]", "");
            parts.add(Citizen.mobile(phone).map(Citizen::maskPhone)
                    .orElse(digits.length() <= 4 ? "****" : "****" + digits.substring(digits.length() - 4)));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The end of the due day's hours; a hall open until 24:00 means the next midnight. */
    private Instant closeOf(LocalDate day) {
        LocalTime close = config.hours().on(day).map(DayHours::close).orElse(LocalTime.MAX);
        return close.equals(LocalTime.MAX) ? day.plusDays(1).atStartOfDay(config.zone()).toInstant()
                : day.atTime(close).atZone(config.zone()).toInstant();
    }
}
