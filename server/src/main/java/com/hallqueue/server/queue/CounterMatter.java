package com.hallqueue.server.queue;

import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.matters.Notice;
import java.util.List;

/**
 * What the counter needs of the matter in front of it: the ticket, the counter responsible
 * for it (首问负责), the note the last transfer carried, and on a return visit the notice of
 * the visit before; with the service's checklist (办事指南) a NOTICE picks from.
 * {@code ticket} is null when the counter holds none.
 */
public record CounterMatter(int counter, TicketView ticket, Integer firstCounter, String returnOf, String handOver,
                            Notice returnNotice, List<String> checklist, Integer timeLimitDays) {

    static CounterMatter of(HallState hall, Counter c) {
        if (!c.holdsTicket()) {
            return new CounterMatter(c.number(), null, null, null, null, null, List.of(), null);
        }
        Ticket t = hall.tickets.get(c.ticketId());
        ServiceDef s = hall.config.service(t.service()).orElse(null);
        Notice before = t.matter().redeems() == null ? null : hall.openNotices.get(t.matter().redeems());
        return new CounterMatter(c.number(), hall.views.moment(t).ticket(t), t.matter().firstCounter(),
                t.matter().returnOf(), t.matter().handOver(), before,
                s == null ? List.of() : s.materials(), s == null ? null : s.timeLimitDays());
    }
}
