package com.hallqueue.server.queue;

import com.hallqueue.server.followup.FollowUp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Follow-up cases of bad ratings: opened with the rating, closed by a manager with a note. */
final class FollowUpActions {

    static final int MAX_NOTE = 500;
    private final HallState hall;

    FollowUpActions(HallState hall) {
        this.hall = hall;
    }

    /** Called with the rating, in the same batch, so the case is as durable as the rating. */
    void openIfBad(Ticket rated) {
        if (rated.rating() > FollowUp.OPENS_AT_OR_BELOW) {
            return;
        }
        Instant now = hall.now();
        LocalDate today = now.atZone(hall.config.zone()).toLocalDate();
        LocalDate due = hall.config.hours().workingDayAfter(today, hall.config.stats().followUpWorkingDays());
        LocalDate callBack = hall.config.hours().workingDayAfter(today, FollowUp.CALL_BACK_WORKING_DAYS);
        FollowUp c = new FollowUp(++hall.lastCaseId, rated.id(), rated.number(), rated.service(), rated.counter(),
                hall.servedBy.get(rated.id()), rated.rating(), now, due, hall.closeOf(due), null, null, null,
                hall.closeOf(callBack), null, null, null);
        hall.openCases.put(c.id(), c);
        hall.emitCase(EventType.CASE_OPENED, c, null);
    }

    FollowUp close(long id, String badge, String note) {
        String what = text(note);
        FollowUp open = hall.openCases.remove(id);
        if (open == null) {
            throw Refusal.notFound("没有待处理的回访" + id + " / No open follow-up case " + id);
        }
        FollowUp closed = open.closed(hall.now(), badge, what);
        hall.emitCase(EventType.CASE_CLOSED, closed, badge);
        return closed;
    }

    /** The citizen was called back (回访): when, and what they said. Once per case. */
    FollowUp calledBack(long id, String badge, String note) {
        String what = text(note);
        FollowUp open = hall.openCases.get(id);
        if (open == null) {
            throw Refusal.notFound("没有待处理的回访" + id + " / No open follow-up case " + id);
        }
        if (open.calledBackAt() != null) {
            throw Refusal.conflict("已回访 / The citizen was already called back");
        }
        FollowUp called = open.calledBack(hall.now(), what);
        hall.openCases.put(id, called);
        hall.emitCase(EventType.CASE_CALLED_BACK, called, badge);
        return called;
    }

    /**
     * 超期升级: every open case past its call-back or put-right deadline goes before the hall
     * head once ({@code case.escalated} on the event stream); returns how many.
     */
    int escalateOverdue() {
        Instant now = hall.now();
        List<FollowUp> late = hall.openCases.values().stream().filter(c -> c.needsEscalation(now)).toList();
        late.forEach(c -> {
            FollowUp escalated = c.escalated(now);
            hall.openCases.put(c.id(), escalated);
            hall.emitCase(EventType.CASE_ESCALATED, escalated, null);
        });
        return late.size();
    }

    /** Whether {@link #escalateOverdue} has a case to escalate now. */
    boolean anyOverdue() {
        Instant now = hall.now();
        return hall.openCases.values().stream().anyMatch(c -> c.needsEscalation(now));
    }

    private static String text(String note) {
        String what = note == null ? "" : note.strip();
        if (what.isEmpty() || what.length() > MAX_NOTE) {
            throw Refusal.badInput("note", "请填写处理情况（" + MAX_NOTE + "字以内）/ Say what was done, up to "
                    + MAX_NOTE + " characters");
        }
        return what;
    }

    List<FollowUp> open() {
        return hall.openCases.values().stream().sorted(Comparator.comparing(FollowUp::dueAt)).toList();
    }
}
