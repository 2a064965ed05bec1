package com.hallqueue.server.queue;

import com.hallqueue.server.printing.PrintJob;

/** A print job the kiosk's agent has still to print, with the ticket as it stands now. */
public record PendingPrint(PrintJob job, TicketView ticket) {
}
