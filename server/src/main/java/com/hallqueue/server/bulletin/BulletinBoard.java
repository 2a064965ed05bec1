package com.hallqueue.server.bulletin;

import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.settings.SettingChange;
import com.hallqueue.server.settings.SettingChanges;
import com.hallqueue.server.store.HallStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The hall's notices (通知公告), kept in the database and edited by managers while the hall
 * runs; the hall screen asks for them now and then, from whichever server it follows, so a
 * change shows on every screen of the hall. Every change is audited.
 */
public final class BulletinBoard {

    /** 办事指南, 廉政规定, 收费标准, 开放时间, and any other notice. */
    public static final Set<String> KINDS = Set.of("GUIDE", "INTEGRITY", "FEES", "HOURS", "NOTICE");
    static final int TITLE_LONGEST = 64;
    static final int BODY_LONGEST = 1000;

    private final HallStore store;
    private final Clock clock;
    private final BulletinRows rows = new BulletinRows();
    private final SettingChanges changes = new SettingChanges();

    public BulletinBoard(HallStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<Bulletin> all() {
        return store.readSettings(rows::all);
    }

    public Bulletin add(String by, String kind, String title, String body) {
        Bulletin given = new Bulletin(0, kind(kind), title(title), body(body), 0);
        return store.changeSettings(c -> {
            long id = rows.insert(c, given, clock.instant());
            Bulletin added = rows.find(c, id).orElseThrow();
            audit(c, by, "notice.added", added);
            return added;
        });
    }

    /** Changes the parts given (null: left as it is); {@code position} moves it in the rotation. */
    public Bulletin edit(String by, long id, String kind, String title, String body, Integer position) {
        String k = kind == null ? null : kind(kind);
        String t = title == null ? null : title(title);
        String b = body == null ? null : body(body);
        return store.changeSettings(c -> {
            Bulletin before = existing(c, id);
            Bulletin after = new Bulletin(id, k == null ? before.kind() : k, t == null ? before.title() : t,
                    b == null ? before.body() : b, position == null ? before.position() : position);
            rows.update(c, after, clock.instant());
            audit(c, by, "notice.changed", after);
            return after;
        });
    }

    public Bulletin remove(String by, long id) {
        return store.changeSettings(c -> {
            Bulletin gone = existing(c, id);
            rows.delete(c, id);
            audit(c, by, "notice.removed", gone);
            return gone;
        });
    }

    private Bulletin existing(Connection c, long id) throws SQLException {
        return rows.find(c, id).orElseThrow(() -> Refusal.notFound("没有此公告 / No notice " + id));
    }

    private void audit(Connection c, String by, String action, Bulletin n) throws SQLException {
        changes.insert(c, new SettingChange(clock.instant(), by, action, "notice " + n.id(), n.kind() + " " + n.title()));
    }

    private static String kind(String given) {
        if (given == null || !KINDS.contains(given)) {
            throw Refusal.badInput("kind", "须为 GUIDE、INTEGRITY、FEES、HOURS 或 NOTICE / Must be GUIDE, INTEGRITY, FEES,"
                    + " HOURS or NOTICE");
        }
        return given;
    }

    private static String title(String given) {
        String t = given == null ? "" : given.strip();
        if (t.isEmpty() || t.length() > TITLE_LONGEST || t.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.badInput("title", "标题须为1至" + TITLE_LONGEST + "个字符 / The title must be 1 to "
                    + TITLE_LONGEST + " characters, on one line");
        }
        return t;
    }

    /** Lines are kept; other control characters are not. */
    private static String body(String given) {
        String b = given == null ? "" : given.strip();
        if (b.isEmpty() || b.length() > BODY_LONGEST || b.chars().anyMatch(ch -> ch != '\n' && Character.isISOControl(ch))) {
            throw Refusal.badInput("body", "内容须为1至" + BODY_LONGEST + "个字符 / The text must be 1 to "
                    + BODY_LONGEST + " characters");
        }
        return b;
    }
}
