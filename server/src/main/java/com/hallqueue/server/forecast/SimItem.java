package com.hallqueue.server.forecast;

/**
 * One ticket in a forward run: a real waiting ticket, a ticket the kiosk would issue now
 * (a phantom, which takes no counter time so phantoms do not delay each other), or a
 * priority ticket expected to arrive later. {@code place} orders them as the engine does;
 * {@code issuedAt} (seconds from now) tells how long it will have waited when called.
 */
record SimItem(String key, String service, boolean priority, double place, double availableAt, boolean phantom,
               double issuedAt) {

    /** Phantoms sit behind every real ticket; expected arrivals behind them, by arrival time. */
    static final double NOW_PLACE = 1e18;
    static final String EXPECTED = "expected";

    /** A waiting ticket; its issue time in seconds from now (so zero or less). */
    static SimItem of(com.hallqueue.server.queue.Ticket t, double issuedAt) {
        return new SimItem(t.id(), t.service(), t.priority(), t.place(), 0, false, issuedAt);
    }
}
