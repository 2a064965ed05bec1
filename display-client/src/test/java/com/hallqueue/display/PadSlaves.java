package com.hallqueue.display;

import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import com.ghgande.j2mod.modbus.util.SerialParameters;
import com.hallqueue.hardware.modbus.CallKey;
import com.hallqueue.hardware.testing.J2modSlaves;
import com.hallqueue.hardware.testing.Socat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Call pads and evaluators played by an independent Modbus device: a j2mod serial slave on
 * the far end of a socat pair, one process image per unit address. Like a pad whose
 * acknowledgement got lost, a unit keeps showing its press until the test changes it.
 */
final class PadSlaves implements AutoCloseable {

    private final ModbusSlave slave;
    private final Map<Integer, SimpleProcessImage> units = new TreeMap<>();

    private PadSlaves(ModbusSlave slave) {
        this.slave = slave;
    }

    static PadSlaves on(Socat pair, int... addresses) throws Exception {
        SerialParameters line = new SerialParameters(pair.endB.toString(), 9600, 0, 0, 8, 1, 0, false);
        line.setEncoding(Modbus.SERIAL_ENCODING_RTU);
        line.setOpenDelay(0);
        PadSlaves pads = new PadSlaves(ModbusSlaveFactory.createSerialSlave(line));
        for (int address : addresses) {
            SimpleProcessImage unit = new SimpleProcessImage(address);
            IntStream.range(0, 16).forEach(r -> unit.addRegister(new SimpleRegister(0)));
            pads.units.put(address, unit);
            pads.slave.addProcessImage(address, unit);
        }
        pads.slave.open();
        return pads;
    }

    /** The unit stops answering, as a pad switched off or cut from the bus. */
    void unplug(int unit) {
        slave.removeProcessImage(unit);
    }

    /** The unit answers again, its registers as they were. */
    void plugIn(int unit) {
        slave.addProcessImage(unit, units.get(unit));
    }

    void press(int unit, CallKey key, int seq) {
        set(unit, 0, key.code());
        set(unit, 1, seq);
    }

    void score(int unit, int score, int seq) {
        set(unit, 2, score);
        set(unit, 3, seq);
    }

    void set(int unit, int register, int value) {
        units.get(unit).getRegister(register).setValue(value);
    }

    int register(int unit, int register) {
        return units.get(unit).getRegister(register).getValue();
    }

    /** Waits for the slave to stop; callers remove the serial pair only afterwards. */
    @Override
    public void close() throws InterruptedException {
        J2modSlaves.close(slave);
    }
}
