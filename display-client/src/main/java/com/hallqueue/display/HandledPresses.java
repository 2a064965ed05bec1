package com.hallqueue.display;

import com.hallqueue.client.StateFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last key press and rating each pad reported that the gateway acted on, kept on disk.
 * A pad repeats a press until its acknowledgement arrives; when the gateway restarts after
 * acting on a press but before the pad took the acknowledgement, the pad shows the same
 * sequence again, and without this memory a call-next would be made twice and a citizen
 * skipped. Recorded before the request goes out: a gateway killed in between loses that
 * one press, which the member of staff sees and presses again.
 */
final class HandledPresses {

    private static final Logger LOG = LoggerFactory.getLogger(HandledPresses.class);

    private final StateFile file;
    private final Map<String, Integer> last = new TreeMap<>();

    private HandledPresses(StateFile file) {
        this.file = file;
    }

    /** The presses of the pads on {@code padLine} (one file per line, so gateways may share {@code dir}). */
    static HandledPresses in(Path dir, String padLine) throws IOException {
        HandledPresses presses = new HandledPresses(new StateFile(dir.resolve("pads-handled"
                + padLine.replaceAll("[^A-Za-z0-9_-]", "-"))));
        for (String line : presses.file.read()) {
            String[] parts = line.split(" ");
            presses.last.put(parts[0] + " " + parts[1], Integer.parseInt(parts[2]));
        }
        return presses;
    }

    /** True the first time {@code seq} is seen from that unit for that kind of input ("key" or "score"). */
    synchronized boolean firstTime(int unit, String kind, int seq) {
        Integer before = last.put(unit + " " + kind, seq);
        if (before != null && before == seq) {
            return false;
        }
        save();
        return true;
    }

    /** A disk that refuses the write leaves the memory in place: only a restart could double the press. */
    private void save() {
        List<String> lines = new ArrayList<>();
        last.forEach((unitKind, seq) -> lines.add(unitKind + " " + seq));
        try {
            file.write(lines);
        } catch (IOException e) {
            LOG.error("cannot record handled pad presses in {}", file.path(), e);
        }
    }
}
