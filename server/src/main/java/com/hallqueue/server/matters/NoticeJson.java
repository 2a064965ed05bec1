package com.hallqueue.server.matters;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 一次性告知单 as the API shows it. Ticket ids are left out: whoever holds one follows and
 * rates that ticket, and a notice is shown to whoever holds its code.
 */
final class NoticeJson {

    private NoticeJson() {
    }

    static Map<String, Object> of(Notice n, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", n.code());
        m.put("service", n.service());
        m.put("materials", n.materials());
        m.put("afterVisit", n.afterVisit());
        m.put("note", n.note());
        m.put("issuedAt", n.issuedAt());
        m.put("counter", n.counter());
        Map<String, Object> staff = new LinkedHashMap<>();
        staff.put("badge", n.staffBadge());
        staff.put("name", n.staffName());
        m.put("staff", staff);
        m.put("ticket", n.ticketNumber());
        m.put("firstCounter", n.firstCounter());
        m.put("dueDate", n.dueDate());
        m.put("dueAt", n.dueAt());
        m.put("state", n.isOpen() ? "OPEN" : "CLOSED");
        m.put("overdue", n.overdue(now));
        m.put("closedAt", n.closedAt());
        m.put("closedAs", n.closedAs());
        m.put("follows", n.follows());
        m.put("beyondFirst", n.beyondFirst());
        return m;
    }
}
