package com.hallqueue.hardware.modbus;

/**
 * How the bus has been doing since start. A few timeouts and CRC errors are normal on a
 * long RS-485 line; a count that keeps climbing points at wiring, termination or a dead pad.
 *
 * @param requests        frames sent
 * @param timeouts        requests with no complete reply in time
 * @param crcErrors       replies whose CRC did not match
 * @param exceptionReplies Modbus exception replies (pad refused the request)
 * @param malformedReplies replies from the wrong unit, for the wrong function, or of the wrong size
 * @param linkErrors      writes or reads the link itself failed
 * @param unknownCodes    key or score values outside the register map, acknowledged and dropped
 */
public record BusCounters(long requests, long timeouts, long crcErrors, long exceptionReplies,
        long malformedReplies, long linkErrors, long unknownCodes) {
}
