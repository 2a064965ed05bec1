package com.hallqueue.server.printing;

/**
 * The paper side of one ticket: which kiosk prints it, how many copies were asked for and
 * how many the agent confirmed. A job is pending while {@code printed < copies}; a reprint
 * asks for one more copy, so a double-clicked reprint never prints twice.
 */
public record PrintJob(String ticketId, String kiosk, int copies, int printed) {

    public static PrintJob first(String ticketId, String kiosk) {
        return new PrintJob(ticketId, kiosk, 1, 0);
    }

    public boolean pending() {
        return printed < copies;
    }

    /** The copy the agent should print next. */
    public int copy() {
        return pending() ? printed + 1 : printed;
    }

    public PrintJob anotherCopy(String atKiosk) {
        return new PrintJob(ticketId, atKiosk, copies + 1, printed);
    }

    public PrintJob printedUpTo(int copy) {
        return new PrintJob(ticketId, kiosk, copies, Math.max(printed, copy));
    }
}
