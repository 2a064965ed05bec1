package com.hallqueue.hardware.modbus;

import com.hallqueue.hardware.link.DeviceLink;
import com.hallqueue.hardware.testing.ReferenceCrc;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pads on an in-memory bus that behave as REGISTERS.md describes: presses queue until
 * acknowledged. It decodes requests with the reference CRC, answers at once, and can lose
 * requests or garble replies. A read with nothing to deliver returns 0 at once, which is
 * what a real link reports when its timeout passes.
 */
final class SimulatedPads implements DeviceLink {

    final Map<Integer, Pad> pads = new HashMap<>();
    /** Read requests seen per unit address, answered or not. */
    final Map<Integer, Integer> reads = new HashMap<>();
    /** Each unit's last read: its first register and how many. */
    private final Map<Integer, List<Integer>> lastReads = new HashMap<>();
    private final Deque<Byte> toMaster = new ArrayDeque<>();
    private int requestsToLose;
    private int repliesToGarble;
    private int passBeforeLoss = -1;

    static final class Pad {
        final int[] registers = new int[16];
        final Deque<int[]> keys = new ArrayDeque<>();
        final Deque<int[]> scores = new ArrayDeque<>();
        int keySeq;
        int scoreSeq;

        void press(CallKey key) {
            keys.add(new int[] {key.code(), ++keySeq});
        }

        void rate(int score) {
            scores.add(new int[] {score, ++scoreSeq});
        }

        void refresh() {
            int[] key = keys.isEmpty() ? new int[2] : keys.peek();
            int[] score = scores.isEmpty() ? new int[2] : scores.peek();
            registers[0] = key[0];
            registers[1] = key[1];
            registers[2] = score[0];
            registers[3] = score[1];
        }

        void acknowledge(int register, int seq) {
            Deque<int[]> queue = register == 4 ? keys : scores;
            if (!queue.isEmpty() && queue.peek()[1] == seq) {
                queue.poll();
            }
        }
    }

    Pad pad(int unit) {
        return pads.computeIfAbsent(unit, u -> new Pad());
    }

    void loseNextRequests(int count) {
        requestsToLose = count;
    }

    /** Lets {@code count} requests through, then loses exactly one. */
    void loseOneRequestAfter(int count) {
        passBeforeLoss = count;
    }

    void garbleNextReplies(int count) {
        repliesToGarble = count;
    }

    List<Integer> lastRead(int unit) {
        return lastReads.get(unit);
    }

    @Override
    public void write(byte[] request) {
        if (requestsToLose > 0 || passBeforeLoss == 0) {
            requestsToLose = Math.max(0, requestsToLose - 1);
            passBeforeLoss = -1;
            return;
        }
        if (passBeforeLoss > 0) {
            passBeforeLoss--;
        }
        if (request[1] == 0x03) {
            reads.merge(request[0] & 0xFF, 1, Integer::sum);
            lastReads.put(request[0] & 0xFF, List.of(u16(request, 2), u16(request, 4)));
        }
        if (ReferenceCrc.modbus(request, request.length) != 0 || !pads.containsKey(request[0] & 0xFF)) {
            return;
        }
        send(answer(pads.get(request[0] & 0xFF), request));
    }

    private byte[] answer(Pad pad, byte[] request) {
        int function = request[1];
        int start = u16(request, 2);
        int second = u16(request, 4);
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        reply.write(request[0]);
        reply.write(function);
        if (function == 0x03) {
            pad.refresh();
            reply.write(second * 2);
            for (int r = start; r < start + second; r++) {
                reply.write(pad.registers[r] >> 8);
                reply.write(pad.registers[r] & 0xFF);
            }
        } else {
            applyWrite(pad, request, function, start, second);
            reply.write(request, 2, 4);
        }
        return reply.toByteArray();
    }

    private static void applyWrite(Pad pad, byte[] request, int function, int start, int second) {
        if (function == 0x06) {
            pad.registers[start] = second;
            if (start == 4 || start == 5) {
                pad.acknowledge(start, second);
            }
            return;
        }
        for (int i = 0; i < second; i++) {
            pad.registers[start + i] = u16(request, 7 + 2 * i);
        }
    }

    private void send(byte[] body) {
        int crc = ReferenceCrc.modbus(body, body.length);
        byte[] frame = Arrays.copyOf(body, body.length + 2);
        frame[body.length] = (byte) crc;
        frame[body.length + 1] = (byte) (crc >>> 8);
        if (repliesToGarble > 0) {
            repliesToGarble--;
            frame[3] ^= 0x01;
        }
        for (byte b : frame) {
            toMaster.add(b);
        }
    }

    private static int u16(byte[] frame, int at) {
        return ((frame[at] & 0xFF) << 8) | (frame[at + 1] & 0xFF);
    }

    @Override
    public int read(byte[] into, Duration timeout) {
        int n = 0;
        while (n < into.length && !toMaster.isEmpty()) {
            into[n++] = toMaster.poll();
        }
        return n;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
        toMaster.clear();
    }
}
