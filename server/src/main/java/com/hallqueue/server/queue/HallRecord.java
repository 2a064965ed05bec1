package com.hallqueue.server.queue;

import com.hallqueue.server.followup.FollowUp;
import com.hallqueue.server.appointments.Booking;
import com.hallqueue.server.matters.Notice;
import com.hallqueue.server.printing.PrintJob;
import com.hallqueue.server.printing.PrinterState;
import java.util.List;
import java.util.Map;

/**
 * What the store hands the engine at start: the tickets still in play or issued on the
 * last two days, every counter's state, the last committed event number, the print jobs
 * of those tickets, each kiosk printer's last known state, the open follow-up cases and the
 * last case number, the bookings still to come or of those days, and the open notices (一次性告知单).
 */
public record HallRecord(List<Ticket> tickets, List<Counter> counters, long lastSeq,
                         List<PrintJob> printJobs, Map<String, PrinterState> printers,
                         List<FollowUp> openCases, long lastCaseId, List<Booking> bookings,
                         List<Notice> openNotices) {

    public HallRecord(List<Ticket> tickets, List<Counter> counters, long lastSeq,
                      List<PrintJob> printJobs, Map<String, PrinterState> printers,
                      List<FollowUp> openCases, long lastCaseId, List<Booking> bookings) {
        this(tickets, counters, lastSeq, printJobs, printers, openCases, lastCaseId, bookings, List.of());
    }

    public HallRecord(List<Ticket> tickets, List<Counter> counters, long lastSeq,
                      List<PrintJob> printJobs, Map<String, PrinterState> printers) {
        this(tickets, counters, lastSeq, printJobs, printers, List.of(), 0, List.of());
    }

    public HallRecord(List<Ticket> tickets, List<Counter> counters, long lastSeq) {
        this(tickets, counters, lastSeq, List.of(), Map.of());
    }

    public static HallRecord empty() {
        return new HallRecord(List.of(), List.of(), 0);
    }
}
