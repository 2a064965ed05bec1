package com.hallqueue.server.staff;

import com.hallqueue.server.access.StaffBook;
import com.hallqueue.server.access.StaffSessions;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.StaffDef;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.settings.SettingChange;
import com.hallqueue.server.settings.SettingChanges;
import com.hallqueue.server.store.HallStore;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hall's staff, kept in the database and changed by managers while the hall runs: add a
 * member, change their name, role or password, take them off the hall, bring them back.
 * Every change is audited and on the disk before it is answered.
 *
 * <p>A server that keeps the hall alone holds the staff in memory and changes them itself;
 * servers sharing the hall (PostgreSQL) ask the database at every look, so a change made at
 * one counts at once at all of them.
 */
public final class StaffRoll implements StaffBook {

    private final HallStore store;
    private final Clock clock;
    private final StaffRows rows = new StaffRows();
    private final PhotoRows photos = new PhotoRows();
    private final SettingChanges changes = new SettingChanges();
    private final StaffSessions sessions;
    private final DutyRoster duty;
    private volatile Map<String, KeptMember> known = Map.of();

    private StaffRoll(HallConfig config, HallStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.duty = new DutyRoster(config.hall(), store, clock);
        this.sessions = new StaffSessions(this, store, clock);
    }

    /** The hall's staff, with the members of the hall's file taken in ({@link FileSeed}). */
    public static StaffRoll open(HallConfig config, HallStore store, Clock clock) {
        StaffRoll roll = new StaffRoll(config, store, clock);
        Instant now = clock.instant();
        store.changeSettings(c -> {
            new FileSeed(roll.rows, roll.changes, now).takeIn(c, config.staff());
            return null;
        });
        roll.reload();
        return roll;
    }

    /** Who is the duty manager (值班主任) the hall display shows. */
    public DutyRoster duty() {
        return duty;
    }

    /** The logins of this hall's staff, checked against the staff as they are now. */
    public StaffSessions sessions() {
        return sessions;
    }

    @Override
    public Optional<StaffDef> member(String badge) {
        Optional<KeptMember> kept = store.shared() ? store.readSettings(c -> rows.find(c, badge))
                : Optional.ofNullable(known.get(badge));
        return kept.filter(KeptMember::active).map(KeptMember::def);
    }

    /**
     * A member's name as this server last read the staff, whether or not they are still on the
     * hall (a case or a sheet of theirs outlives them); no database read, so the event stream
     * may ask it.
     */
    public Optional<String> nameOf(String badge) {
        return Optional.ofNullable(known.get(badge)).map(KeptMember::name);
    }

    public List<StaffMember> members() {
        return store.readSettings(rows::all).stream().map(KeptMember::member).toList();
    }

    /** Adds a member who can log in at once; a badge the hall already has, active or not, is a conflict. */
    public StaffMember add(String by, String badge, String name, String role, String password) {
        KeptMember fresh = new KeptMember(StaffRules.badge(badge), StaffRules.name(name), StaffRules.role(role),
                null, true, null);
        String hash = sessions.hashPassword(StaffRules.password(password).toCharArray());
        KeptMember added = new KeptMember(fresh.badge(), fresh.name(), fresh.role(), hash, true, null);
        return change(c -> {
            if (rows.find(c, badge).isPresent()) {
                throw Refusal.conflict("工号" + badge + "已存在 / Badge " + badge + " already exists");
            }
            rows.insert(c, added, clock.instant());
            return audited(c, by, "staff.added", added, "name " + added.name() + "; role " + added.role());
        });
    }

    /** Changes a member's name, role or password, or brings them back; a new password ends their logins. */
    public StaffMember edit(String by, String badge, MemberEdit given) {
        MemberEdit edit = given.checked();
        String hash = edit.password() == null ? null : sessions.hashPassword(edit.password().toCharArray());
        StaffMember out = change(c -> {
            KeptMember before = existing(c, badge);
            if (edit.role() != null) {
                StaffRules.mayBecome(before, edit.role(), rows.all(c));
            }
            KeptMember after = before.with(edit.name() == null ? before.name() : edit.name(),
                    edit.role() == null ? before.role() : edit.role(), hash == null ? before.passwordHash() : hash,
                    before.active() || Boolean.TRUE.equals(edit.active()));
            if (edit.title() != null) {
                after = after.withTitle(edit.title().isEmpty() ? null : edit.title());
            }
            rows.update(c, after, clock.instant());
            return audited(c, by, "staff.changed", after, edit.describe(before));
        });
        if (hash != null) {
            sessions.endSessionsOf(badge);
        }
        return out;
    }

    /**
     * Takes a member off the hall: they cannot log in and their tokens stop working at once.
     * {@code leaveCounter} runs once the rules allow it and before anything is kept: it closes
     * the counter they work at, and refuses (nothing changes) while they hold a ticket there.
     */
    public StaffMember takeOff(String by, String badge, Runnable leaveCounter) {
        synchronized (this) {
            KeptMember target = store.readSettings(c -> existing(c, badge));
            StaffRules.mayTakeOff(by, target, store.readSettings(rows::all));
            leaveCounter.run();
            StaffMember out = change(c -> {
                KeptMember now = existing(c, badge);
                StaffRules.mayTakeOff(by, now, rows.all(c)); // again under the hall's lock, for other servers
                KeptMember off = now.with(now.name(), now.role(), now.passwordHash(), false);
                rows.update(c, off, clock.instant());
                return audited(c, by, "staff.removed", off, target.active() ? null : "already off the hall");
            });
            sessions.endSessionsOf(badge);
            return out;
        }
    }

    /** The 胸牌 of an active member: name, badge, title and whether there is a photo. */
    public Optional<BadgeCard> card(String badge) {
        return store.readSettings(c -> {
            Optional<KeptMember> m = rows.find(c, badge).filter(KeptMember::active);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            Optional<Instant> photo = photos.changedAt(c, badge);
            return Optional.of(new BadgeCard(badge, m.get().name(), m.get().title(), photo.isPresent(), photo.orElse(null)));
        });
    }

    /** The photo of an active member, if they have one. */
    public Optional<StaffPhoto> photo(String badge) {
        return store.readSettings(c -> rows.find(c, badge).filter(KeptMember::active).isPresent()
                ? photos.find(c, badge) : Optional.empty());
    }

    /** Puts in a member's photo in place of any before it: a JPEG or PNG by its first bytes, at most 60 KB. */
    public StaffMember putPhoto(String by, String badge, byte[] content) {
        StaffPhoto photo = StaffPhoto.of(content, clock.instant());
        return change(c -> {
            KeptMember m = existing(c, badge);
            photos.put(c, badge, photo);
            return audited(c, by, "staff.photo", m, photo.mediaType() + ", " + content.length + " bytes");
        });
    }

    /** Takes a member's photo away: the 胸牌 shows the placeholder again. */
    public StaffMember removePhoto(String by, String badge) {
        return change(c -> {
            KeptMember m = existing(c, badge);
            if (!photos.delete(c, badge)) {
                throw Refusal.notFound("工号" + badge + "没有照片 / Badge " + badge + " has no photo");
            }
            return audited(c, by, "staff.photo_removed", m, null);
        });
    }

    private KeptMember existing(java.sql.Connection c, String badge) throws java.sql.SQLException {
        return rows.find(c, badge).orElseThrow(() -> Refusal.notFound("没有工号" + badge + " / No member with badge "
                + badge));
    }

    private StaffMember audited(java.sql.Connection c, String by, String action, KeptMember m, String detail)
            throws java.sql.SQLException {
        changes.insert(c, new SettingChange(clock.instant(), by, action, m.badge(), detail));
        return m.member();
    }

    /** One change at a time on this server (and, by the hall's lock, among servers); then seen here. */
    private synchronized StaffMember change(HallStore.SettingsWork<StaffMember> work) {
        StaffMember out = store.changeSettings(work);
        reload();
        return out;
    }

    /**
     * Reads the staff again after this server changed them. With a shared database, logins ask
     * the database every time ({@link #member}); the names kept here may then lag another
     * server's change until this one changes the staff itself.
     */
    private void reload() {
        Map<String, KeptMember> all = new LinkedHashMap<>();
        store.readSettings(rows::all).forEach(m -> all.put(m.badge(), m));
        known = Map.copyOf(all);
    }
}
