package com.hallqueue.hardware.modbus;

import java.io.ByteArrayOutputStream;

/** Builds Modbus RTU requests and takes replies apart. */
final class RtuFrames {

    static final int READ_HOLDING = 0x03;
    static final int WRITE_SINGLE = 0x06;
    static final int WRITE_MULTIPLE = 0x10;
    static final int EXCEPTION_FLAG = 0x80;

    private RtuFrames() {
    }

    static byte[] readHoldingRegisters(int unit, int start, int count) {
        return withCrc(unit, READ_HOLDING, start, count);
    }

    static byte[] writeSingleRegister(int unit, int register, int value) {
        return withCrc(unit, WRITE_SINGLE, register, value);
    }

    static byte[] writeRegisters(int unit, int start, int[] values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeHead(out, unit, WRITE_MULTIPLE, start, values.length);
        out.write(values.length * 2);
        for (int value : values) {
            writeU16(out, value);
        }
        return appendCrc(out);
    }

    /** Bytes of a normal reply: unit, function, byte count, registers, CRC. */
    static int readReplyLength(int count) {
        return 5 + 2 * count;
    }

    /** Write replies echo unit, function, address and value or count. */
    static int writeReplyLength() {
        return 8;
    }

    static int exceptionReplyLength() {
        return 5;
    }

    /** Registers of a read reply whose CRC, unit and function were already checked. */
    static int[] registers(byte[] reply) {
        int count = (reply[2] & 0xFF) / 2;
        int[] registers = new int[count];
        for (int i = 0; i < count; i++) {
            registers[i] = ((reply[3 + 2 * i] & 0xFF) << 8) | (reply[4 + 2 * i] & 0xFF);
        }
        return registers;
    }

    private static byte[] withCrc(int unit, int function, int first, int second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeHead(out, unit, function, first, second);
        return appendCrc(out);
    }

    private static void writeHead(ByteArrayOutputStream out, int unit, int function, int first, int second) {
        out.write(unit);
        out.write(function);
        writeU16(out, first);
        writeU16(out, second);
    }

    private static void writeU16(ByteArrayOutputStream out, int value) {
        out.write((value >>> 8) & 0xFF);
        out.write(value & 0xFF);
    }

    private static byte[] appendCrc(ByteArrayOutputStream out) {
        byte[] body = out.toByteArray();
        int crc = Crc16Modbus.of(body, body.length);
        out.write(crc & 0xFF);
        out.write(crc >>> 8);
        return out.toByteArray();
    }
}
