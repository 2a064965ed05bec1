package com.hallqueue.server.followup;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A follow-up case as managers see it: whether it is overdue at {@code now}, and the staff
 * member's name beside the badge. The ticket's id stays inside: it is the citizen's.
 */
public final class CaseJson {

    private CaseJson() {
    }

    /** {@code names}: a staff member's name by badge, from the staff as managers keep them. */
    public static Map<String, Object> of(FollowUp c, Instant now, Function<String, Optional<String>> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("status", c.isOpen() ? "OPEN" : "CLOSED");
        m.put("number", c.ticketNumber());
        m.put("service", c.service());
        m.put("counter", c.counter());
        m.put("staff", c.staffBadge() == null ? null : staff(c.staffBadge(), names));
        m.put("score", c.score());
        m.put("openedAt", c.openedAt());
        m.put("dueDate", c.dueDate().toString());
        m.put("dueAt", c.dueAt());
        m.put("overdue", c.overdue(now));
        m.put("closedAt", c.closedAt());
        m.put("closedBy", c.closedBy());
        m.put("note", c.note());
        m.put("callBackDueAt", c.callBackDueAt());
        m.put("calledBackAt", c.calledBackAt());
        m.put("callBackNote", c.callBackNote());
        m.put("callBackOverdue", c.callBackOverdue(now));
        // 超期升级: an overdue case goes to the hall head (the managers' page lists it first).
        m.put("escalated", c.callBackOverdue(now) || c.overdue(now));
        m.put("escalatedAt", c.escalatedAt());
        return m;
    }

    private static Map<String, Object> staff(String badge, Function<String, Optional<String>> names) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("badge", badge);
        s.put("name", names.apply(badge).orElse(null));
        return s;
    }
}
