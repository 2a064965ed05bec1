package com.hallqueue.hardware.link;

/**
 * Line settings of a serial port. Call pads, strips and most kiosk printers leave the
 * factory at 9600 8N1 without flow control, hence the defaults.
 */
public record SerialSettings(int baud, int dataBits, Parity parity, StopBits stopBits, FlowControl flowControl) {

    public static final SerialSettings DEFAULT =
            new SerialSettings(9600, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE);

    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    public enum StopBits { ONE, ONE_AND_HALF, TWO }

    public enum FlowControl { NONE, RTS_CTS, XON_XOFF }

    public SerialSettings {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive: " + baud);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5..8: " + dataBits);
        }
        if (parity == null || stopBits == null || flowControl == null) {
            throw new IllegalArgumentException("parity, stop bits and flow control are required");
        }
    }

    public SerialSettings withBaud(int newBaud) {
        return new SerialSettings(newBaud, dataBits, parity, stopBits, flowControl);
    }

    public SerialSettings withParity(Parity newParity) {
        return new SerialSettings(baud, dataBits, newParity, stopBits, flowControl);
    }

    public SerialSettings withFlowControl(FlowControl newFlowControl) {
        return new SerialSettings(baud, dataBits, parity, stopBits, newFlowControl);
    }

    /** Time one character takes on the wire: start bit, data, parity, stop bits. */
    public double characterMillis() {
        int parityBits = parity == Parity.NONE ? 0 : 1;
        double stop = switch (stopBits) {
            case ONE -> 1;
            case ONE_AND_HALF -> 1.5;
            case TWO -> 2;
        };
        return (1 + dataBits + parityBits + stop) * 1000.0 / baud;
    }
}
