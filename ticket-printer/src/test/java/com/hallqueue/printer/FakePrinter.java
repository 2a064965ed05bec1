package com.hallqueue.printer;

import com.hallqueue.hardware.link.DeviceLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The printer's side of a link: keeps every byte it is sent, answers the paper query
 * {@code 10 04 04} with the paper byte of the moment, and cuts the stream into tickets at
 * each {@code ESC @}. Status queries are not part of the tickets it keeps.
 */
public final class FakePrinter implements AutoCloseable {

    static final int PAPER_OK = 0x12;
    static final int PAPER_NEAR_END = 0x12 | 0x0C;
    static final int PAPER_OUT = 0x12 | 0x60;
    private static final byte[] ASK_PAPER = {0x10, 0x04, 0x04};

    private final DeviceLink link;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Thread reader;
    private volatile int paper = PAPER_OK;
    private volatile boolean answering = true;
    private byte[] tail = new byte[0];

    public FakePrinter(DeviceLink link) {
        this.link = link;
        this.reader = new Thread(this::run, "fake-printer");
        reader.setDaemon(true);
        reader.start();
    }

    void paper(int statusByte) {
        paper = statusByte;
    }

    /** A printer switched off still takes bytes into the cable but says nothing. */
    void silent() {
        answering = false;
    }

    private void run() {
        byte[] chunk = new byte[4096];
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int n = link.read(chunk, Duration.ofMillis(100));
                if (n > 0) {
                    take(Arrays.copyOf(chunk, n));
                }
            }
        } catch (IOException e) {
            // the far end went away: the test closed it
        }
    }

    private synchronized void take(byte[] bytes) throws IOException {
        byte[] all = concat(tail, bytes);
        int i = 0;
        int keepFrom = all.length;
        while (i < all.length) {
            if (startsWith(all, i, ASK_PAPER)) {
                if (answering) {
                    link.write(new byte[] {(byte) paper});
                }
                i += 3;
            } else if (all[i] == 0x10 && all.length - i < 3) {
                keepFrom = i;
                break;
            } else {
                printed.write(all[i++]);
            }
        }
        tail = Arrays.copyOfRange(all, keepFrom, all.length);
    }

    synchronized byte[] stream() {
        return printed.toByteArray();
    }

    /** Each ticket's bytes, from its ESC @. */
    List<byte[]> tickets() {
        return ticketsIn(stream());
    }

    /** How many tickets carry {@code number} in their text. */
    public long copiesOf(String number) {
        return copiesIn(stream(), number);
    }

    /** The tickets in a printer's byte stream, each from its ESC @. */
    static List<byte[]> ticketsIn(byte[] all) {
        List<byte[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i + 1 < all.length; i++) {
            if (all[i] == 0x1B && all[i + 1] == '@') {
                if (start >= 0) {
                    out.add(Arrays.copyOfRange(all, start, i));
                }
                start = i;
            }
        }
        if (start >= 0) {
            out.add(Arrays.copyOfRange(all, start, all.length));
        }
        return out;
    }

    /** How many tickets in {@code stream} carry {@code number} in their text. */
    static long copiesIn(byte[] stream, String number) {
        byte[] needle = number.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return ticketsIn(stream).stream().filter(t -> indexOf(t, needle) >= 0).count();
    }

    static int indexOf(byte[] hay, byte[] needle) {
        for (int i = 0; i + needle.length <= hay.length; i++) {
            if (startsWith(hay, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] all, int at, byte[] prefix) {
        if (all.length - at < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (all[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.close();
    }
}
