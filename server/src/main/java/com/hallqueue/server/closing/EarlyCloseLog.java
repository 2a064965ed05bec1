package com.hallqueue.server.closing;

import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.store.HallStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The early closes of a range of hall days, read back from the hall's event log, oldest first. */
public final class EarlyCloseLog {

    private final HallStore store;
    private final ZoneId zone;
    private final Function<String, Optional<String>> names;

    /** {@code names}: a staff member's name by badge, as managers keep the staff. */
    public EarlyCloseLog(HallStore store, ZoneId zone, Function<String, Optional<String>> names) {
        this.store = store;
        this.zone = zone;
        this.names = names;
    }

    /** From the start of {@code from} to the end of {@code to}, both the hall's days. */
    public List<EarlyClose> between(LocalDate from, LocalDate to) {
        List<EarlyClose> out = new ArrayList<>();
        store.events(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(), e -> {
            if (e.type() == EventType.COUNTER_CLOSED_EARLY && e.counter() != null) {
                String badge = e.staffBadge();
                out.add(new EarlyClose(e.at(), e.counter(),
                        badge == null ? null : new EarlyClose.Staff(badge, names.apply(badge).orElse(badge)), e.detail()));
            }
        });
        return out;
    }
}
