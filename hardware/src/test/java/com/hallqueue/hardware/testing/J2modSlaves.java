package com.hallqueue.hardware.testing;

import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;

/** Stopping a j2mod serial slave that stands in for a call pad. */
public final class J2modSlaves {

    private static final long CLOSE_WITHIN_MS = 20_000;

    private J2modSlaves() {
    }

    /**
     * Closes the slave and waits for it, while its serial pair still exists. Closing it in
     * the background and then removing the pair lets jSerialComm's disconnect event close the
     * port from a second thread at the same moment; the two wait for each other forever, and
     * j2mod's factory lock with them, so the next test's slave could never start.
     */
    public static void close(ModbusSlave slave) throws InterruptedException {
        Thread closer = new Thread(() -> ModbusSlaveFactory.close(slave), "j2mod-slave-close");
        closer.setDaemon(true);
        closer.start();
        closer.join(CLOSE_WITHIN_MS);
        if (closer.isAlive()) {
            throw new IllegalStateException("the j2mod slave did not close within " + CLOSE_WITHIN_MS + " ms");
        }
    }
}
