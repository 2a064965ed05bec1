package com.hallqueue.server.staff;

import com.hallqueue.server.config.HallInfo;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.settings.SettingChange;
import com.hallqueue.server.settings.SettingChanges;
import com.hallqueue.server.store.HallStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * Who is the duty manager (值班主任): the hall display shows them beside the hotline, so a
 * citizen knows whom to ask for. The hall's file names a default; a manager names today's on
 * the desk (kept in {@code duty_manager}, so every server of the hall shows the same), and may
 * hand back to the file's.
 */
public final class DutyRoster {

    /** On duty: their name and a phone number or extension; {@code named} when a manager named them live. */
    public record OnDuty(String name, String phone, boolean named) {
    }

    static final int NAME_LONGEST = 64;
    static final int PHONE_LONGEST = 32;
    private static final int THE_ROW = 1;

    private final HallInfo hall;
    private final HallStore store;
    private final Clock clock;
    private final SettingChanges changes = new SettingChanges();

    DutyRoster(HallInfo hall, HallStore store, Clock clock) {
        this.hall = hall;
        this.store = store;
        this.clock = clock;
    }

    /** The manager named live, or else the file's; empty when neither names anyone. */
    public Optional<OnDuty> now() {
        Optional<OnDuty> named = store.readSettings(this::find);
        if (named.isPresent() || hall.dutyManager().isEmpty()) {
            return named;
        }
        return Optional.of(new OnDuty(hall.dutyManager(), hall.dutyPhone(), false));
    }

    public OnDuty name(String by, String name, String phone) {
        OnDuty on = new OnDuty(line("name", name, NAME_LONGEST, true), line("phone", phone, PHONE_LONGEST, false), true);
        return store.changeSettings(c -> {
            delete(c);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO duty_manager (id, name, phone, changed_at) VALUES (?,?,?,?)")) {
                p.setInt(1, THE_ROW);
                p.setString(2, on.name());
                p.setString(3, on.phone());
                p.setLong(4, clock.instant().toEpochMilli());
                p.executeUpdate();
            }
            audit(c, by, "duty.named", on.name() + " " + on.phone());
            return on;
        });
    }

    /** Hands back to the hall's file: what it names (maybe nobody) is shown again. */
    public Optional<OnDuty> handBack(String by) {
        store.changeSettings(c -> {
            delete(c);
            audit(c, by, "duty.handed_back", "to the hall's file");
            return null;
        });
        return now();
    }

    private Optional<OnDuty> find(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT name, phone FROM duty_manager WHERE id = ?")) {
            p.setInt(1, THE_ROW);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new OnDuty(rs.getString(1), rs.getString(2), true)) : Optional.empty();
            }
        }
    }

    private static void delete(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM duty_manager WHERE id = ?")) {
            p.setInt(1, THE_ROW);
            p.executeUpdate();
        }
    }

    private void audit(Connection c, String by, String action, String detail) throws SQLException {
        changes.insert(c, new SettingChange(clock.instant(), by, action, "duty manager", detail));
    }

    private static String line(String field, String given, int longest, boolean required) {
        String text = given == null ? "" : given.strip();
        if ((required && text.isEmpty()) || text.length() > longest || text.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.badInput(field, (required ? "须为1至" : "至多") + longest + "个字符，一行 / "
                    + (required ? "Must be 1 to " : "At most ") + longest + " characters, on one line");
        }
        return text;
    }
}
