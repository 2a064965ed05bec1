package com.hallqueue.server.queue;

import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.matters.Matter;
import com.hallqueue.server.matters.Notice;
import com.hallqueue.server.matters.NoticeCodes;
import com.hallqueue.server.matters.Outcome;
import com.hallqueue.server.matters.VisitEnd;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The citizen's matter across visits: how a visit ends (DONE, NOTICE, REFUSED), the 一次性告知单
 * a NOTICE leaves with its due date (限时办结), the return visit it brings back, and the flag
 * raised when a later notice asks for more than the one before it.
 */
final class MatterActions {

    private final HallState hall;
    private final Supplier<String> codes;

    MatterActions(HallState hall, Supplier<String> codes) {
        this.hall = hall;
        this.codes = codes;
    }

    /** Refused (400, naming the field) unless {@code how} is a whole answer. */
    void check(VisitEnd how) {
        how.invalid().ifPresent(bad -> {
            throw Refusal.badInput(bad.field(), bad.message());
        });
    }

    /**
     * The ticket {@code t}, served at counter {@code c}, ends as {@code how}: its matter records the
     * outcome and, for NOTICE, the new notice, which is open from now on.
     */
    Ticket end(Ticket t, Counter c, VisitEnd how) {
        Matter taken = t.matter().takenUpBy(c.number());
        Notice issued = how.outcome() == Outcome.NOTICE ? newNotice(t, c, taken, how) : null;
        if (issued != null) {
            hall.openNotices.put(issued.code(), issued);
        }
        if (how.outcome() == Outcome.DONE && worksOnAfterVisit(t.service())) {
            // not the ticket's notice: its page must not ask the citizen for anything
            Notice open = newNotice(t, c, taken, new VisitEnd(Outcome.DONE, List.of(), how.note()));
            hall.openNotices.put(open.code(), open);
        }
        return t.with(taken.ended(how.outcome(), how.note(), issued == null ? null : issued.code()));
    }

    private boolean worksOnAfterVisit(String service) {
        return hall.config.service(service).map(ServiceDef::afterVisit).orElse(false);
    }

    /**
     * A manager or the counter closes a matter whose work went on after the visit (后台办理办结).
     * A 告知单 closes only when the citizen comes back with what was missing.
     */
    Notice closeAfterVisit(String typedCode, String badge) {
        String code = NoticeCodes.normalize(typedCode);
        Notice n = code == null ? null : hall.openNotices.get(code);
        if (n == null) {
            throw Refusal.notFound("没有待办结的事项" + typedCode + " / No open matter " + typedCode);
        }
        if (!n.afterVisit()) {
            throw Refusal.conflict("notice", "告知单事项在群众补齐材料后办结 / A notice's matter closes when the citizen "
                    + "comes back with what was missing");
        }
        hall.openNotices.remove(code);
        Notice closed = n.closed(hall.now(), Outcome.DONE);
        hall.emitNotice(EventType.NOTICE_CLOSED, hall.tickets.get(n.ticketId()), closed, badge, Outcome.DONE.name());
        return closed;
    }

    /** After the finish event: the notice this visit was the return of is closed; a new one is told. */
    void afterFinish(Ticket done, String badge) {
        Notice redeemed = done.matter().redeems() == null ? null : hall.openNotices.get(done.matter().redeems());
        if (redeemed != null && done.id().equals(redeemed.returnTicketId())) {
            hall.openNotices.remove(redeemed.code());
            Outcome how = done.matter().outcome();
            hall.emitNotice(EventType.NOTICE_CLOSED, done, redeemed.closed(hall.now(), how), badge, how.name());
        }
        hall.openNotices.values().stream().filter(n -> n.afterVisit() && n.ticketId().equals(done.id())).findFirst()
                .ifPresent(n -> hall.emitNotice(EventType.NOTICE_ISSUED, done, n, badge, null));
        Notice issued = done.matter().noticeCode() == null ? null : hall.openNotices.get(done.matter().noticeCode());
        if (issued != null) {
            hall.emitNotice(EventType.NOTICE_ISSUED, done, issued, badge, null);
            if (issued.flagged()) {
                hall.emitNotice(EventType.NOTICE_FLAGGED, done, issued, badge, String.join("；", issued.beyondFirst()));
            }
        }
    }

    /** The matter a return visit brings back, checked against the notice the citizen holds. */
    Notice redeemable(String service, String typedCode) {
        String code = NoticeCodes.normalize(typedCode);
        if (code == null) {
            throw Refusal.badInput("notice", "告知单编号为" + NoticeCodes.LENGTH + "位字母数字 / a notice code is "
                    + NoticeCodes.LENGTH + " letters and digits");
        }
        Notice n = hall.openNotices.get(code);
        if (n == null) {
            throw Refusal.notFound("对不起，没有待办的告知单" + code + " / Sorry, no open notice " + code);
        }
        if (n.afterVisit()) {
            throw Refusal.conflict("after-visit", "您的事项已受理，正在办理中，无需再次取号，谢谢 / Your matter was "
                    + "taken in and is being worked on: no new ticket is needed. Thank you");
        }
        if (!n.service().equals(service)) {
            throw Refusal.conflict("wrong-service", "对不起，此告知单属于" + n.service() + "类业务，请取" + n.service()
                    + "号 / Sorry, this notice is for service " + n.service() + "; take a " + n.service() + " ticket");
        }
        Ticket before = n.returnTicketId() == null ? null : hall.tickets.get(n.returnTicketId());
        if (before != null && isLive(before)) {
            throw Refusal.conflict("already-returned", "对不起，已凭此告知单取号" + before.number() + " / Sorry, ticket "
                    + before.number() + " was already issued for this notice");
        }
        return n;
    }

    /** The return ticket {@code t} was issued for {@code n}: recorded, so the notice is not used twice at once. */
    void redeemed(Notice n, Ticket t) {
        Notice now = n.redeemedBy(t.id());
        hall.openNotices.put(now.code(), now);
        hall.emitNotice(EventType.NOTICE_REDEEMED, t, now, null, n.ticketNumber());
    }

    private Notice newNotice(Ticket t, Counter c, Matter taken, VisitEnd how) {
        Notice before = taken.redeems() == null ? null : hall.openNotices.get(taken.redeems());
        LocalDate due = before != null ? before.dueDate() : dueDate(t.service());
        List<String> beyond = before == null ? List.of() : VisitEnd.beyond(before.materials(), how.materials());
        return new Notice(freshCode(), before == null ? t.id() : before.matterId(), t.id(), t.number(), t.service(),
                how.materials(), how.note(), hall.now(), c.number(), c.staff().badge(), c.staff().name(),
                taken.firstCounter(), due, before != null ? before.dueAt() : hall.closeOf(due),
                before == null ? null : before.code(), beyond, null, null, null);
    }

    /** Today plus the service's time limit in working days, by the hall's calendar. */
    private LocalDate dueDate(String service) {
        int days = hall.config.service(service).map(ServiceDef::timeLimitDays).orElse(ServiceDef.DEFAULT_TIME_LIMIT_DAYS);
        LocalDate today = hall.now().atZone(hall.config.zone()).toLocalDate();
        return hall.config.hours().workingDayAfter(today, days);
    }

    private String freshCode() {
        String code = codes.get();
        while (hall.openNotices.containsKey(code)) {
            code = codes.get();
        }
        return code;
    }

    private static boolean isLive(Ticket t) {
        return t.status() == TicketStatus.WAITING || t.status() == TicketStatus.CALLED
                || t.status() == TicketStatus.SERVING;
    }
}
