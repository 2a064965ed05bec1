package com.hallqueue.server.http;

import com.hallqueue.server.settings.SettingChange;
import com.hallqueue.server.settings.SettingChanges;
import com.hallqueue.server.store.AuditEntry;
import com.hallqueue.server.store.HallStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The managers' audit log: logins from the audit table, staff actions from the event log,
 * setting changes (the member changed as {@code subject}), by time.
 */
final class AuditLog {

    private AuditLog() {
    }

    static List<Map<String, Object>> entries(HallStore store, Instant from, Instant to) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SettingChange s : store.readSettings(c -> new SettingChanges().between(c, from, to))) {
            Map<String, Object> e = entry(s.at(), s.badge(), s.action(), null, null, s.detail());
            e.put("subject", s.subject());
            out.add(e);
        }
        for (AuditEntry a : store.audit(from, to)) {
            out.add(entry(a.at(), a.badge(), a.action(), null, null, a.address()));
        }
        store.events(from, to, e -> {
            if (e.staffBadge() != null) {
                out.add(entry(e.at(), e.staffBadge(), e.type().wireName(), e.counter(), e.ticketId(), e.detail()));
            }
        });
        out.sort(Comparator.comparing(m -> (Instant) m.get("at")));
        return out;
    }

    private static Map<String, Object> entry(Instant at, String badge, String action, Integer counter, String ticket,
                                             String detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", at);
        m.put("badge", badge);
        m.put("action", action);
        m.put("counter", counter);
        m.put("ticket", ticket);
        m.put("detail", detail);
        return m;
    }
}
