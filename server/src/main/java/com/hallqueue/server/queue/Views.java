package com.hallqueue.server.queue;

import com.hallqueue.server.breaks.BreakRules;
import com.hallqueue.server.config.ServiceDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;

/**
 * Builds what clients see from the engine's state. A {@link Moment} asks the forecast once
 * and answers every view of that moment from it.
 */
final class Views {

    private final HallState hall;

    Views(HallState hall) {
        this.hall = hall;
    }

    /** The hall now, with a forecast for {@code focus} (if it waits) and for new tickets. */
    Moment moment(Ticket focus) {
        return moment(focus == null ? List.of() : List.of(focus));
    }

    /** The hall now, with a forecast only for new tickets. */
    Moment now() {
        return moment(List.of());
    }

    /** The hall now, with a forecast for every waiting ticket of {@code focus} and for new tickets. */
    Moment moment(Collection<Ticket> focus) {
        List<Ticket> waiting = focus.stream().filter(t -> t.status() == TicketStatus.WAITING).toList();
        return new Moment(hall.forecast.forecast(hall, waiting));
    }

    /** The tickets counter {@code c} will call next, in that order, at most {@code limit}. */
    CounterQueue waitingFor(Counter c, int limit) {
        List<CounterQueue.Upcoming> next = hall.lines.upcoming(c, hall.config.priority().maxConsecutive(), limit)
                .stream().map(CounterQueue.Upcoming::of).toList();
        return new CounterQueue(c.number(), hall.lines.waitingFor(c), next);
    }

    final class Moment {
        private final Forecast forecast;

        private Moment(Forecast forecast) {
            this.forecast = forecast;
        }

        TicketView ticket(Ticket t) {
            boolean waiting = t.status() == TicketStatus.WAITING;
            Estimate e = waiting ? forecast.tickets().get(t.id()) : null;
            return new TicketView(t.id(), t.number(), t.service(), t.status(), t.priority(), t.issuedAt(),
                    t.calledAt(), t.counter(), waiting ? hall.lines.ahead(t) : 0,
                    e == null ? null : e.seconds(), e == null ? null : e.lowSeconds(),
                    e == null ? null : e.highSeconds(), t.matter().firstCounter(), t.matter().returnOf(),
                    t.matter().outcome(), TicketView.NoticeView.of(t, noticeOf(t)), t.matter().outcomeNote());
        }

        private com.hallqueue.server.matters.Notice noticeOf(Ticket t) {
            return t.matter().noticeCode() == null ? null : hall.openNotices.get(t.matter().noticeCode());
        }

        CounterView counter(Counter c) {
            TicketView current = c.ticketId() == null ? null : TicketView.settled(hall.tickets.get(c.ticketId()));
            return new CounterView(c.number(), c.name(), c.services(), c.state(), c.staff(), current,
                    c.pauseReason(), BreakRules.resumesAt(c), BreakRules.resumeTime(c, hall.config.zone()));
        }

        List<CounterView> counters() {
            List<CounterView> out = new ArrayList<>(hall.counters.size());
            hall.counters.values().forEach(c -> out.add(counter(c)));
            return out;
        }

        QueueView queue() {
            List<QueueView.ServiceQueue> rows = new ArrayList<>();
            List<QueueView.Alert> alerts = new ArrayList<>();
            long target = hall.config.stats().waitTarget().toSeconds();
            for (ServiceDef s : hall.config.services()) {
                Estimate e = forecast.newNormal().get(s.code());
                int waiting = hall.lines.waitingFor(s.code());
                rows.add(new QueueView.ServiceQueue(s.code(), s.name(), s.nameEn(), waiting,
                        e == null ? null : e.seconds(), e == null ? null : e.lowSeconds(),
                        e == null ? null : e.highSeconds(), hall.lines.oldestIssued(s.code())));
                boolean unserved = hall.counters.values().stream()
                        .noneMatch(c -> c.state() != CounterState.CLOSED && c.serves(s.code()));
                if (waiting > 0 && (unserved || e == null || e.seconds() > target)) {
                    alerts.add(alert(s, unserved ? null : e, target));
                }
            }
            return new QueueView(rows, alerts);
        }

        private QueueView.Alert alert(ServiceDef s, Estimate e, long target) {
            if (e == null) {
                return new QueueView.Alert(s.code(), -1, target, "请开放" + s.code() + "类窗口：" + s.name()
                        + "有人等候但无窗口办理 / Open a " + s.code() + " counter: people wait and none serves them");
            }
            long minutes = Math.round(e.seconds() / 60.0);
            return new QueueView.Alert(s.code(), e.seconds(), target, "请增开" + s.code() + "类窗口：预计等候" + minutes
                    + "分钟 / Open another " + s.code() + " counter: forecast wait " + minutes + " min");
        }
    }
}
