package com.hallqueue.server.appointments;

import com.hallqueue.server.config.AppointmentRules;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.settings.BackgroundLook;
import com.hallqueue.server.settings.SettingChange;
import com.hallqueue.server.settings.SettingChanges;
import com.hallqueue.server.store.HallStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many may book each slot of a service, changed by a manager while the hall runs (kept in
 * {@code slot_capacity}, audited). The hall's booking rules are handed out with slot sizes
 * that ask this: a new capacity counts for the next booking, on every server of the hall
 * (servers sharing a hall look for another's change at most {@link #LOOK_EVERY} apart, off
 * the asking thread: {@link BackgroundLook}).
 * Bookings already made stay when the capacity falls below them.
 */
public final class SlotCapacity {

    static final Duration LOOK_EVERY = Duration.ofSeconds(1);
    static final int MOST = 10_000;

    private final HallStore store;
    private final Clock clock;
    private final Map<String, AppointmentRules.SlotSize> file;
    private final SettingChanges changes = new SettingChanges();
    private volatile Map<String, Integer> set = Map.of();
    private final BackgroundLook look = new BackgroundLook("slot capacities", LOOK_EVERY, this::reload);

    private SlotCapacity(HallStore store, Clock clock, Map<String, AppointmentRules.SlotSize> file) {
        this.store = store;
        this.clock = clock;
        this.file = file;
    }

    public static SlotCapacity open(HallConfig config, HallStore store, Clock clock) {
        SlotCapacity capacity = new SlotCapacity(store, clock, config.appointments().services());
        capacity.reload();
        return capacity;
    }

    /** The hall of {@code config}, its booking rules going by the capacities set here. */
    public HallConfig applyTo(HallConfig config) {
        AppointmentRules r = config.appointments();
        return config.withAppointments(new AppointmentRules(new LiveSizes(), r.daysAhead(), r.perPhonePerDay(),
                r.earlyCheckIn(), r.lateCheckIn(), r.bookingsPerMinute(), r.remotePerPhonePerDay(), r.remotePerMinute(),
                r.appointmentOnly()));
    }

    /** Each bookable service's capacity now, by service letter. */
    public Map<String, Integer> now() {
        lookIfShared();
        Map<String, Integer> out = new LinkedHashMap<>();
        file.forEach((service, size) -> out.put(service, set.getOrDefault(service, size.capacity())));
        return out;
    }

    /** Sets how many may book each slot of {@code service} (0: no new bookings); audited as {@code by}'s. */
    public Map<String, Integer> set(String by, String service, Integer capacity) {
        if (!file.containsKey(service)) {
            throw Refusal.notFound("此业务不接受预约 / Service " + service + " takes no bookings");
        }
        if (capacity == null || capacity < 0 || capacity > MOST) {
            throw Refusal.badInput("capacity", "每个时段可预约人数须为0至" + MOST + " / The capacity must be 0 to " + MOST);
        }
        int before = now().get(service);
        store.changeSettings(c -> {
            put(c, service, capacity);
            changes.insert(c, new SettingChange(clock.instant(), by, "capacity.changed", "service " + service,
                    before + " → " + capacity));
            return null;
        });
        reload();
        return now();
    }

    private void put(Connection c, String service, int capacity) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM slot_capacity WHERE service = ?")) {
            p.setString(1, service);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO slot_capacity (service, capacity, changed_at) VALUES (?,?,?)")) {
            p.setString(1, service);
            p.setInt(2, capacity);
            p.setLong(3, clock.millis());
            p.executeUpdate();
        }
    }

    private void lookIfShared() {
        if (store.shared()) {
            look.ifDue();
        }
    }

    private synchronized void reload() {
        set = store.readSettings(c -> {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT service, capacity FROM slot_capacity");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return Map.copyOf(out);
        });
    }

    /** The file's slot sizes with the capacities set here; a service whose capacity is 0 takes no bookings. */
    private final class LiveSizes extends AbstractMap<String, AppointmentRules.SlotSize> {

        @Override
        public AppointmentRules.SlotSize get(Object service) {
            AppointmentRules.SlotSize size = file.get(service);
            if (size == null) {
                return null;
            }
            lookIfShared();
            int capacity = set.getOrDefault((String) service, size.capacity());
            return capacity == 0 ? null : new AppointmentRules.SlotSize(size.length(), capacity);
        }

        @Override
        public boolean containsKey(Object service) {
            return get(service) != null;
        }

        @Override
        public Set<Entry<String, AppointmentRules.SlotSize>> entrySet() {
            return file.keySet().stream().filter(this::containsKey)
                    .collect(Collectors.toMap(s -> s, this::get, (a, b) -> a, LinkedHashMap::new)).entrySet();
        }
    }
}
