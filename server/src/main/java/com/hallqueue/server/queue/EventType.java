package com.hallqueue.server.queue;

/** The changes the hall announces, by the names of the public event stream. */
public enum EventType {
    TICKET_ISSUED("ticket.issued"),
    TICKET_CALLED("ticket.called"),
    TICKET_RECALLED("ticket.recalled"),
    TICKET_STARTED("ticket.started"),
    TICKET_FINISHED("ticket.finished"),
    TICKET_NO_SHOW("ticket.no_show"),
    TICKET_TRANSFERRED("ticket.transferred"),
    TICKET_RETURNED("ticket.returned"),
    TICKET_CANCELLED("ticket.cancelled"),
    /** Its hall day ended while it still waited or was called: never called on a later day. */
    TICKET_EXPIRED("ticket.expired"),
    TICKET_RATED("ticket.rated"),
    CASE_OPENED("case.opened"),
    CASE_CLOSED("case.closed"),
    /** A visit ended with a 一次性告知单: the matter stays open until the citizen comes back with it. */
    NOTICE_ISSUED("notice.issued"),
    /** A notice on a return visit asked for something the notice before it did not: 一次性告知 was broken. */
    NOTICE_FLAGGED("notice.flagged"),
    /** The citizen came back with the notice: its return ticket was issued (detail: the first visit's number). */
    NOTICE_REDEEMED("notice.redeemed"),
    /** The return visit ended; detail is how (DONE, NOTICE, REFUSED). */
    NOTICE_CLOSED("notice.closed"),
    /** The citizen who gave a 差评 was called back (回访). */
    CASE_CALLED_BACK("case.called_back"),
    /** An open case passed a deadline: put before the hall head (超期升级). */
    CASE_ESCALATED("case.escalated"),
    APPRAISAL_MARKED("appraisal.marked"),
    COMPLAINT_RECORDED("complaint.recorded"),
    COMPLAINT_UPDATED("complaint.updated"),
    COMPLAINT_CLOSED("complaint.closed"),
    /** An open complaint passed its deadline: put before the hall head (超期升级), once. */
    COMPLAINT_ESCALATED("complaint.escalated"),
    /** A returned 窗口部门服务态度评价表: the counter and each indicator's points, in the detail. */
    SURVEY_ANSWERED("survey.answered"),
    COUNTER_OPENED("counter.opened"),
    COUNTER_PAUSED("counter.paused"),
    COUNTER_RESUMED("counter.resumed"),
    COUNTER_CLOSED("counter.closed"),
    /**
     * Follows {@code counter.closed} when it came before the hall's closing time while citizens
     * waited whom no other open counter could serve (不提前结束营业); detail is the reason given.
     */
    COUNTER_CLOSED_EARLY("counter.closed_early"),
    /** A manager changed which services the counter calls; detail is the new list ("A,B"). */
    COUNTER_SERVICES_CHANGED("counter.services_changed"),
    PRINT_REQUESTED("print.requested"),
    PRINT_DONE("print.done"),
    PRINTER_STATUS("printer.status"),
    APPOINTMENT_BOOKED("appointment.booked"),
    APPOINTMENT_CANCELLED("appointment.cancelled"),
    APPOINTMENT_CHECKED_IN("appointment.checked_in"),
    /** The check-in window of a booking closed unused: a no-show of an appointment. */
    APPOINTMENT_MISSED("appointment.missed"),
    /** A manager sent an emergency broadcast to every screen and the voice; detail is the broadcast. */
    BROADCAST_STARTED("broadcast.started"),
    /** A manager took the emergency broadcast down; detail is the broadcast taken down. */
    BROADCAST_CLEARED("broadcast.cleared"),
    /** The citizen asked to be told by message when their turn is near; detail: how many ahead, and whose phone. */
    NOTIFY_CONSENTED("notify.consented"),
    /** The citizen withdrew that consent. */
    NOTIFY_WITHDRAWN("notify.withdrawn"),
    /** A message to the citizen was decided (the outbox); detail: its kind, number and whose phone. */
    NOTIFY_QUEUED("notify.queued");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static EventType ofWireName(String name) {
        for (EventType t : values()) {
            if (t.wireName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type " + name);
    }
}
