package com.hallqueue.server.config;

/**
 * The longest config values the store keeps, as its columns say ({@code db/V*.sql}). A
 * staff name or kiosk id longer than its column would fail every commit that carries it,
 * so the config is refused at start instead.
 */
final class StoredLengths {

    /** {@code counter_state.staff_name}. */
    static final int STAFF_NAME = 64;
    /** {@code ticket.kiosk}, {@code print_job.kiosk}, {@code printer_state.kiosk}. */
    static final int KIOSK_ID = 32;

    private StoredLengths() {
    }
}
