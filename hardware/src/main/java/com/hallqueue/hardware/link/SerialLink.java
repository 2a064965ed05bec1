package com.hallqueue.hardware.link;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.time.Duration;

/** A serial port opened by path (/dev/ttyUSB0, COM3, or a socat pty in tests). */
final class SerialLink implements DeviceLink {

    private final SerialPort port;

    private SerialLink(SerialPort port) {
        this.port = port;
    }

    static SerialLink open(String path, SerialSettings settings) throws IOException {
        SerialPort port = portAt(path);
        SerialPortSettings.apply(settings, port);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + path);
        }
        return new SerialLink(port);
    }

    /** An unplugged USB adapter's path vanishes; that is an I/O failure to retry, not a bug. */
    private static SerialPort portAt(String path) throws IOException {
        try {
            return SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("no serial port at " + path, e);
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        int written = port.isOpen() ? port.writeBytes(bytes, bytes.length) : -1;
        if (written != bytes.length) {
            throw new IOException("serial write failed on " + port.getSystemPortPath());
        }
    }

    @Override
    public int read(byte[] into, Duration timeout) throws IOException {
        if (timeout.isZero()) {
            return readWaiting(into);
        }
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, millis, 0);
        return checked(port.readBytes(into, into.length));
    }

    private int readWaiting(byte[] into) throws IOException {
        int waiting = checked(port.bytesAvailable());
        return waiting == 0 ? 0 : checked(port.readBytes(into, Math.min(waiting, into.length)));
    }

    /** jSerialComm reports an unplugged adapter as -1 rather than an exception. */
    private int checked(int count) throws IOException {
        if (count < 0) {
            throw new IOException("serial port lost: " + port.getSystemPortPath());
        }
        return count;
    }

    @Override
    public boolean isOpen() {
        return port.isOpen();
    }

    @Override
    public void close() {
        port.closePort();
    }

    @Override
    public String toString() {
        return "SerialLink[" + port.getSystemPortPath() + "]";
    }
}
