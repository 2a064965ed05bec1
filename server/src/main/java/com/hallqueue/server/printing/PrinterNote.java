package com.hallqueue.server.printing;

/**
 * What a printing event says beyond its ticket: the kiosk, and either the printer's new
 * state (printer.status) or the job as it now stands (print.requested, print.done).
 */
public record PrinterNote(String kiosk, PrinterState status, PrintJob job) {

    public static PrinterNote status(String kiosk, PrinterState status) {
        return new PrinterNote(kiosk, status, null);
    }

    public static PrinterNote job(PrintJob job) {
        return new PrinterNote(job.kiosk(), null, job);
    }
}
