package com.hallqueue.server.queue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Opaque ticket ids: 128 random bits, URL-safe. Anyone holding one may follow the ticket,
 * so it must not be guessable from a number or a neighbour's id.
 */
public final class TicketIds implements Supplier<String> {

    private final Random random;

    private TicketIds(Random random) {
        this.random = random;
    }

    public static TicketIds secure() {
        return new TicketIds(new SecureRandom());
    }

    /** Reproducible ids for the simulator; never for a live hall. */
    public static TicketIds seeded(long seed) {
        return new TicketIds(new Random(seed));
    }

    @Override
    public String get() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
