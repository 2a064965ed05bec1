package com.hallqueue.display;

import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import com.ghgande.j2mod.modbus.util.SerialParameters;
import com.hallqueue.hardware.modbus.CallKey;
import com.hallqueue.hardware.testing.J2modSlaves;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bench's call pads: a j2mod RTU slave answering for every unit of the bus, each unit
 * behaving as REGISTERS.md says a pad does — a press shows in KEY and KEY_SEQ until the
 * master acknowledges that sequence in KEY_ACK, then KEY goes back to 0.
 */
final class BenchPads implements AutoCloseable {

    private static final int KEY = 0;
    private static final int KEY_SEQ = 1;
    private static final int KEY_ACK = 4;

    private final ModbusSlave slave;
    private final Map<Integer, SimpleProcessImage> units = new TreeMap<>();
    /** When each unit's last press was acknowledged: the moment the bus had read it, plus the acknowledgement's ~17 characters. */
    private final Map<Integer, Long> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();

    private BenchPads(ModbusSlave slave) {
        this.slave = slave;
    }

    static BenchPads on(Path port, int baud, int count) throws Exception {
        SerialParameters line = new SerialParameters(port.toString(), baud, 0, 0, 8, 1, 0, false);
        line.setEncoding(Modbus.SERIAL_ENCODING_RTU);
        line.setOpenDelay(0);
        BenchPads pads = new BenchPads(ModbusSlaveFactory.createSerialSlave(line));
        for (int unit = 1; unit <= count; unit++) {
            SimpleProcessImage image = new SimpleProcessImage(unit);
            for (int r = 0; r < 16; r++) {
                image.addRegister(r == KEY_ACK ? pads.new AckRegister(unit, image) : new SimpleRegister(0));
            }
            pads.units.put(unit, image);
            pads.slave.addProcessImage(unit, image);
        }
        pads.slave.open();
        return pads;
    }

    /** The sequence goes in first: a poll between the two writes then sees no key, never a stale one. */
    void press(int unit, CallKey key, int seq) {
        units.get(unit).getRegister(KEY_SEQ).setValue(seq);
        units.get(unit).getRegister(KEY).setValue(key.code());
    }

    /** When the press {@code seq} at {@code unit} was acknowledged (System.nanoTime), or null while it is not. */
    Long acknowledgedAt(int unit, int seq) {
        Long at = acknowledged.get(unit);
        return at != null && units.get(unit).getRegister(KEY_ACK).getValue() == seq ? at : null;
    }

    @Override
    public void close() throws InterruptedException {
        J2modSlaves.close(slave);
    }

    /** KEY_ACK: acknowledging the press on show drops it. */
    private final class AckRegister extends SimpleRegister {
        private final int unit;
        private final SimpleProcessImage image;

        AckRegister(int unit, SimpleProcessImage image) {
            super(0);
            this.unit = unit;
            this.image = image;
        }

        @Override
        public synchronized void setValue(int v) {
            boolean fresh = v != getValue();
            super.setValue(v);
            if (image != null && v == image.getRegister(KEY_SEQ).getValue()) { // null: still being built
                image.getRegister(KEY).setValue(0);
                if (fresh) {
                    acknowledged.put(unit, System.nanoTime());
                }
            }
        }

        @Override
        public synchronized void setValue(short s) {
            setValue(s & 0xFFFF);
        }

        @Override
        public synchronized void setValue(byte[] bytes) {
            setValue(((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF));
        }
    }
}
