package com.hallqueue.server.staff;

import com.hallqueue.server.config.StaffDef;
import com.hallqueue.server.settings.SettingChange;
import com.hallqueue.server.settings.SettingChanges;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The hall's file at start: a badge of the file the database lacks is added. A badge both
 * have keeps what managers made of it in the database, unless its entry in the file was
 * edited since it was last taken in (a forgotten manager password is reset there): then the
 * file's entry wins, and the member is active again.
 */
final class FileSeed {

    private final StaffRows rows;
    private final SettingChanges changes;
    private final Instant now;

    FileSeed(StaffRows rows, SettingChanges changes, Instant now) {
        this.rows = rows;
        this.changes = changes;
        this.now = now;
    }

    void takeIn(Connection c, List<StaffDef> file) throws SQLException {
        for (StaffDef def : file) {
            String entry = entryOf(def);
            KeptMember fromFile = new KeptMember(def.badge(), def.name(), def.role().name(), def.passwordHash(), true,
                    entry);
            var kept = rows.find(c, def.badge());
            if (kept.isEmpty()) {
                rows.insert(c, fromFile, now);
                record(c, "staff.added", def, "from the hall's file");
            } else if (!entry.equals(kept.get().fileEntry())) {
                rows.update(c, fromFile.withTitle(kept.get().title()), now); // the title is the managers'; the file has none
                record(c, "staff.changed", def, "entry edited in the hall's file");
            }
        }
    }

    private void record(Connection c, String action, StaffDef def, String detail) throws SQLException {
        changes.insert(c, new SettingChange(now, SettingChange.BY_FILE, action, def.badge(), detail));
    }

    /** The SHA-256 of the file's entry: changes when its name, role or password hash does. */
    static String entryOf(StaffDef def) {
        String text = def.name() + "\n" + def.role() + "\n" + def.passwordHash();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
