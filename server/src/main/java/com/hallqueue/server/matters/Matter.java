package com.hallqueue.server.matters;

/**
 * What a ticket carries of the citizen's matter (事项): {@code firstCounter} took it up first and
 * stays responsible (首问负责), through transfers and return visits; {@code returnOf} is the
 * number of the visit this one returns after, with the notice code it {@code redeems};
 * {@code outcome} and {@code outcomeNote} say how this visit ended, {@code noticeCode} the
 * 告知单 it ended with; {@code handOver} is the note the last transfer carried to the next
 * counter (内部流转). All null on a plain ticket not yet taken up.
 */
public record Matter(Integer firstCounter, String returnOf, String redeems, Outcome outcome, String outcomeNote,
                     String noticeCode, String handOver) {

    public static final Matter NONE = new Matter(null, null, null, null, null, null, null);

    /** A return visit after {@code notice}: responsible is still the counter that first took the matter up. */
    public static Matter returnAfter(Notice notice) {
        return new Matter(notice.firstCounter(), notice.ticketNumber(), notice.code(), null, null, null, null);
    }

    /** The first counter is set once, by whoever takes the matter up first. */
    public Matter takenUpBy(int counter) {
        return firstCounter != null ? this
                : new Matter(counter, returnOf, redeems, outcome, outcomeNote, noticeCode, handOver);
    }

    public Matter handedOver(String note) {
        return new Matter(firstCounter, returnOf, redeems, outcome, outcomeNote, noticeCode, note);
    }

    public Matter ended(Outcome how, String note, String notice) {
        return new Matter(firstCounter, returnOf, redeems, how, note, notice, handOver);
    }
}
