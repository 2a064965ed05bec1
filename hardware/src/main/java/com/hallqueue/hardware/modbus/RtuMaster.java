package com.hallqueue.hardware.modbus;

import com.hallqueue.hardware.link.DeviceLink;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * A small Modbus RTU master: one request, one reply, over any {@link DeviceLink}. Every
 * failure (timeout, bad CRC, exception reply, broken link) is counted and reported as an
 * empty result; the caller carries on with the next pad.
 */
final class RtuMaster {

    private final DeviceLink link;
    private final Duration replyTimeout;
    private final long frameGapNanos;
    private final Counters counters;

    RtuMaster(DeviceLink link, BusTiming timing, Counters counters) {
        this.link = link;
        this.replyTimeout = timing.replyTimeout();
        this.frameGapNanos = timing.frameGap().toNanos();
        this.counters = counters;
    }

    Optional<int[]> readHoldingRegisters(int unit, int start, int count) {
        byte[] request = RtuFrames.readHoldingRegisters(unit, start, count);
        return exchange(request, RtuFrames.readReplyLength(count))
                .filter(reply -> (reply[2] & 0xFF) == 2 * count || malformed()) // byte count must match
                .map(RtuFrames::registers);
    }

    boolean writeSingleRegister(int unit, int register, int value) {
        byte[] request = RtuFrames.writeSingleRegister(unit, register, value);
        return exchange(request, RtuFrames.writeReplyLength()).isPresent();
    }

    boolean writeRegisters(int unit, int start, int[] values) {
        byte[] request = RtuFrames.writeRegisters(unit, start, values);
        return exchange(request, RtuFrames.writeReplyLength()).isPresent();
    }

    private Optional<byte[]> exchange(byte[] request, int replyLength) {
        counters.requests.incrementAndGet();
        try {
            LockSupport.parkNanos(frameGapNanos);
            discardStaleBytes();
            link.write(request);
            return ReplyCheck.check(request, readReply(replyLength), replyLength, counters);
        } catch (IOException e) {
            counters.linkErrors.incrementAndGet();
            return Optional.empty();
        }
    }

    /** Late replies to an earlier, timed-out request would be mistaken for this one's. */
    private void discardStaleBytes() throws IOException {
        byte[] sink = new byte[64];
        while (link.read(sink, Duration.ZERO) > 0) {
            // keep draining
        }
    }

    /** Reads until a full reply is in, or returns what came before the deadline. */
    private byte[] readReply(int normalLength) throws IOException {
        byte[] reply = new byte[normalLength];
        byte[] chunk = new byte[normalLength];
        int have = 0;
        int want = normalLength;
        long deadline = System.nanoTime() + replyTimeout.toNanos();
        while (have < want) {
            int got = readBefore(deadline, chunk);
            if (got == 0) {
                break;
            }
            System.arraycopy(chunk, 0, reply, have, Math.min(got, normalLength - have));
            have = Math.min(have + got, normalLength);
            want = isException(reply, have) ? RtuFrames.exceptionReplyLength() : normalLength;
        }
        return Arrays.copyOf(reply, Math.min(have, want));
    }

    private int readBefore(long deadline, byte[] chunk) throws IOException {
        long left = deadline - System.nanoTime();
        return left <= 0 ? 0 : link.read(chunk, Duration.ofNanos(left));
    }

    private static boolean isException(byte[] reply, int have) {
        return have >= 2 && (reply[1] & RtuFrames.EXCEPTION_FLAG) != 0;
    }

    private boolean malformed() {
        counters.malformedReplies.incrementAndGet();
        return false;
    }
}
