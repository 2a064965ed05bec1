package com.hallqueue.hardware.modbus;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Decides whether a reply answers the request, counting each way it can fail. */
final class ReplyCheck {

    private ReplyCheck() {
    }

    static Optional<byte[]> check(byte[] request, byte[] reply, int normalLength, Counters counters) {
        if (incomplete(reply, normalLength)) {
            return fail(counters.timeouts);
        }
        if (!Crc16Modbus.matches(reply)) {
            return fail(counters.crcErrors);
        }
        if (reply[0] != request[0] || (reply[1] & 0x7F) != request[1]) {
            return fail(counters.malformedReplies);
        }
        if ((reply[1] & RtuFrames.EXCEPTION_FLAG) != 0) {
            return fail(counters.exceptionReplies);
        }
        if (request[1] != RtuFrames.READ_HOLDING && !echoesRequest(request, reply)) {
            return fail(counters.malformedReplies);
        }
        return Optional.of(reply);
    }

    /** Short of a normal reply and not a complete exception reply either. */
    private static boolean incomplete(byte[] reply, int normalLength) {
        boolean exception = reply.length >= 2 && (reply[1] & RtuFrames.EXCEPTION_FLAG) != 0;
        return reply.length < (exception ? RtuFrames.exceptionReplyLength() : normalLength);
    }

    /** Write replies repeat unit, function, address and value (or count) of the request. */
    private static boolean echoesRequest(byte[] request, byte[] reply) {
        return Arrays.equals(request, 0, 6, reply, 0, 6);
    }

    private static Optional<byte[]> fail(AtomicLong counter) {
        counter.incrementAndGet();
        return Optional.empty();
    }
}
