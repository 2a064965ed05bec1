package com.hallqueue.server.devices;

import java.time.Instant;

/**
 * A call pad (呼叫器) or evaluator (评价器) that stopped answering its gateway: a device fault
 * (power, wiring or address). {@code clearedAt} is null while it lasts.
 */
public record PadFault(String gateway, int counter, int unit, String role, Instant since, Instant clearedAt) {

    boolean sameUnit(PadFault other) {
        return gateway.equals(other.gateway) && unit == other.unit;
    }

    PadFault clearedAt(Instant at) {
        return new PadFault(gateway, counter, unit, role, since, at);
    }
}
