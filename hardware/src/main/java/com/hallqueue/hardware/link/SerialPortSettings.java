package com.hallqueue.hardware.link;

import com.fazecast.jSerialComm.SerialPort;

/** Translates {@link SerialSettings} into jSerialComm's constants. */
final class SerialPortSettings {

    private SerialPortSettings() {
    }

    static void apply(SerialSettings settings, SerialPort port) {
        port.setComPortParameters(settings.baud(), settings.dataBits(),
                stopBits(settings.stopBits()), parity(settings.parity()));
        port.setFlowControl(flowControl(settings.flowControl()));
    }

    static int parity(SerialSettings.Parity parity) {
        return switch (parity) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    static int stopBits(SerialSettings.StopBits stopBits) {
        return switch (stopBits) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_AND_HALF -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    static int flowControl(SerialSettings.FlowControl flowControl) {
        return switch (flowControl) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED
                    | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }
}
