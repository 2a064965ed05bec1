package com.hallqueue.hardware.modbus;

import java.util.concurrent.atomic.AtomicLong;

/** Live, thread-safe counters behind {@link BusCounters}. */
final class Counters {

    final AtomicLong requests = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong crcErrors = new AtomicLong();
    final AtomicLong exceptionReplies = new AtomicLong();
    final AtomicLong malformedReplies = new AtomicLong();
    final AtomicLong linkErrors = new AtomicLong();
    final AtomicLong unknownCodes = new AtomicLong();

    BusCounters snapshot() {
        return new BusCounters(requests.get(), timeouts.get(), crcErrors.get(),
                exceptionReplies.get(), malformedReplies.get(), linkErrors.get(), unknownCodes.get());
    }
}
