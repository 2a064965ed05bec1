package com.hallqueue.server.queue;

import com.hallqueue.server.printing.PrintJob;
import com.hallqueue.server.printing.PrinterNote;
import com.hallqueue.server.printing.PrinterState;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paper tickets of the kiosks. Every ticket issued at a kiosk is a print job there; the
 * agent confirms each copy it printed, so a job is never lost (it stays pending until
 * confirmed) and never printed twice by accident (a confirmation names its copy, and a
 * reprint asked for while a copy is still pending is that same copy).
 */
final class PrintActions {

    /** Paper is worth printing only while the citizen can still be called with it. */
    private static final Set<TicketStatus> IN_PLAY = EnumSet.of(TicketStatus.WAITING, TicketStatus.CALLED,
            TicketStatus.SERVING);

    private final HallState hall;

    PrintActions(HallState hall) {
        this.hall = hall;
    }

    PrintJob reprint(String ticketId, String atKiosk) {
        Ticket t = hall.ticketById(ticketId);
        if (!IN_PLAY.contains(t.status())) {
            throw Refusal.conflict("此号已离开队列，无需补打 / Ticket " + t.number() + " has left the queue");
        }
        PrintJob job = hall.prints.get(t.id());
        String kiosk = atKiosk != null ? atKiosk : job != null ? job.kiosk() : t.kiosk();
        if (kiosk == null) {
            throw Refusal.badInput("kiosk", "请指定取号机 / name the kiosk that should print it");
        }
        if (job != null && job.pending() && !movable(job, kiosk)) {
            return job;
        }
        PrintJob next = job == null ? PrintJob.first(t.id(), kiosk)
                : job.pending() ? new PrintJob(t.id(), kiosk, job.copies(), job.printed()) : job.anotherCopy(kiosk);
        hall.prints.put(t.id(), next);
        hall.emit(EventType.PRINT_REQUESTED, t, null, null, kiosk + ":" + next.copy(), PrinterNote.job(next));
        return next;
    }

    /** A pending copy moves to another kiosk only when its own printer cannot print. */
    private boolean movable(PrintJob job, String kiosk) {
        PrinterState own = hall.printers.get(job.kiosk());
        return !job.kiosk().equals(kiosk) && (own == PrinterState.PAPER_OUT || own == PrinterState.OFFLINE);
    }

    /** Confirms copy {@code copy} (the pending one when null); a repeated confirmation changes nothing. */
    PrintJob printed(String kiosk, String ticketId, Integer copy) {
        PrintJob job = hall.prints.get(ticketId);
        if (job == null || !job.kiosk().equals(kiosk)) {
            throw Refusal.notFound("此取号机没有这张票的打印任务 / No print job for this ticket at kiosk " + kiosk);
        }
        int printedCopy = copy == null ? job.copy() : copy;
        if (printedCopy < 1 || printedCopy > job.copies()) {
            throw Refusal.badInput("copy", "must be 1 to " + job.copies());
        }
        if (printedCopy <= job.printed()) {
            return job;
        }
        PrintJob done = job.printedUpTo(printedCopy);
        hall.prints.put(ticketId, done);
        hall.emit(EventType.PRINT_DONE, hall.tickets.get(ticketId), null, null, kiosk + ":" + printedCopy,
                PrinterNote.job(done));
        return done;
    }

    List<PendingPrint> pending(String kiosk) {
        List<Ticket> tickets = hall.prints.values().stream()
                .filter(j -> j.kiosk().equals(kiosk) && j.pending())
                .map(j -> hall.tickets.get(j.ticketId()))
                .filter(t -> t != null && IN_PLAY.contains(t.status()))
                .sorted(Comparator.comparingLong(Ticket::place))
                .toList();
        Views.Moment now = hall.views.moment(tickets);
        return tickets.stream().map(t -> new PendingPrint(hall.prints.get(t.id()), now.ticket(t))).toList();
    }

    /** Records the printer's state; true when it changed (and printer.status was emitted). */
    boolean report(String kiosk, PrinterState state) {
        hall.printerHeard.put(kiosk, hall.now());
        return change(kiosk, state);
    }

    /** Whether {@link #markSilent} would mark any agent now. */
    boolean anySilent(Duration silence) {
        Instant deadline = hall.now().minus(silence);
        return hall.printerHeard.values().stream().anyMatch(heard -> !heard.isAfter(deadline));
    }

    /** Agents not heard from for {@code silence} are marked OFFLINE, once, until they report again. */
    List<String> markSilent(Duration silence) {
        Instant deadline = hall.now().minus(silence);
        List<String> silent = hall.printerHeard.entrySet().stream()
                .filter(e -> !e.getValue().isAfter(deadline)).map(Map.Entry::getKey).sorted().toList();
        silent.forEach(kiosk -> {
            hall.printerHeard.remove(kiosk);
            change(kiosk, PrinterState.OFFLINE);
        });
        return silent;
    }

    private boolean change(String kiosk, PrinterState state) {
        if (hall.printers.get(kiosk) == state) {
            return false;
        }
        hall.printers.put(kiosk, state);
        hall.emit(EventType.PRINTER_STATUS, null, null, null, kiosk + ":" + state, PrinterNote.status(kiosk, state));
        return true;
    }
}
