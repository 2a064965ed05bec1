package com.hallqueue.server.queue;

import com.hallqueue.server.matters.Notice;
import com.hallqueue.server.matters.Outcome;
import java.time.Instant;
import java.util.List;

/** A ticket as clients see it: no internal ordering, with the people ahead and the forecast. */
public record TicketView(
        String id,
        String number,
        String service,
        TicketStatus status,
        boolean priority,
        Instant issuedAt,
        Instant calledAt,
        Integer counter,
        int ahead,
        Long estimatedWaitSeconds,
        Long estimatedWaitLowSeconds,
        Long estimatedWaitHighSeconds,
        Integer firstCounter,
        String returnOf,
        Outcome outcome,
        NoticeView notice,
        String outcomeNote,
        Boolean mayNotBeServedToday,
        String waitAdvice) {

    /**
     * The 一次性告知单 a visit ended with, as the finish answer and the ticket's page show it;
     * {@code materials} and {@code note} are null once the notice is closed (its code still finds it).
     */
    public record NoticeView(String code, List<String> materials, String note) {

        static NoticeView of(Ticket t, Notice open) {
            String code = t.matter().noticeCode();
            if (code == null) {
                return null;
            }
            return open == null ? new NoticeView(code, null, null) : new NoticeView(code, open.materials(), open.note());
        }
    }

    /**
     * The ticket as screens are told it: without its notice, whose code is the citizen's to
     * bring back and whose materials and note are theirs, and without the reason of a refusal.
     */
    public TicketView forScreens() {
        return notice == null && outcomeNote == null ? this : new TicketView(id, number, service, status, priority,
                issuedAt, calledAt, counter, ahead, estimatedWaitSeconds, estimatedWaitLowSeconds,
                estimatedWaitHighSeconds, firstCounter, returnOf, outcome, null, null, mayNotBeServedToday, waitAdvice);
    }

    /** A ticket as it stands without a forecast: read back from the store, or a past call. */
    public static TicketView settled(Ticket t) {
        return new TicketView(t.id(), t.number(), t.service(), t.status(), t.priority(), t.issuedAt(),
                t.calledAt(), t.counter(), 0, null, null, null, t.matter().firstCounter(), t.matter().returnOf(),
                t.matter().outcome(), NoticeView.of(t, null), t.matter().outcomeNote(), null, null);
    }
}
