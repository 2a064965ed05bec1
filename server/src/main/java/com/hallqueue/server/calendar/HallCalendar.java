package com.hallqueue.server.calendar;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.OpeningHours;
import com.hallqueue.server.config.SpecialDays;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.settings.BackgroundLook;
import com.hallqueue.server.settings.SettingChange;
import com.hallqueue.server.settings.SettingChanges;
import com.hallqueue.server.store.HallStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hall's calendar of holidays and 调休 working days, kept in the database and edited by
 * managers year by year while the hall runs. Opening hours, the kiosk, appointment slots and
 * follow-up deadlines all go by it: the hall's config is handed out going by this calendar.
 *
 * <p>Asked on the hall's own thread for every ticket, so it answers from memory. A server
 * that keeps the hall alone changes that memory itself; servers sharing the hall look for
 * another's change at most once a {@link #LOOK_EVERY}, off the asking thread
 * ({@link BackgroundLook}).
 */
public final class HallCalendar implements SpecialDays {

    static final Duration LOOK_EVERY = Duration.ofSeconds(1);
    private static final String CHANGED = "calendar.changed";
    private static final int NAME_LONGEST = 64;

    private final HallStore store;
    private final Clock clock;
    private final OpeningHours week;
    private final DayRows rows = new DayRows();
    private final SettingChanges changes = new SettingChanges();
    private volatile Map<LocalDate, HallDay> days = Map.of();
    private volatile long seen;
    private final BackgroundLook look = new BackgroundLook("the calendar's days", LOOK_EVERY, this::lookForChanges);

    private HallCalendar(HallStore store, Clock clock, OpeningHours week) {
        this.store = store;
        this.clock = clock;
        this.week = week;
    }

    /** The calendar of the hall of {@code config}, with the dates its file lists and the database lacks. */
    public static HallCalendar open(HallConfig config, HallStore store, Clock clock) {
        HallCalendar calendar = new HallCalendar(store, clock, config.hours());
        Instant now = clock.instant();
        store.changeSettings(c -> {
            calendar.seed(c, config.hours().holidays(), DayKind.HOLIDAY, now);
            calendar.seed(c, config.hours().workdays(), DayKind.WORKDAY, now);
            return null;
        });
        calendar.reload();
        return calendar;
    }

    /** The hall of {@code config} going by this calendar. */
    public HallConfig applyTo(HallConfig config) {
        return config.withHours(config.hours().goingBy(this));
    }

    @Override
    public boolean isHoliday(LocalDate day) {
        return kindOf(day) == DayKind.HOLIDAY;
    }

    @Override
    public boolean isWorkday(LocalDate day) {
        return kindOf(day) == DayKind.WORKDAY;
    }

    /** The dates of {@code year} the calendar holds, ordinary ones included (taken off the calendar). */
    public List<HallDay> year(int year) {
        if (year < 2000 || year > 2100) {
            throw Refusal.badInput("year", "年份须在2000至2100之间 / The year must be 2000 to 2100");
        }
        return store.readSettings(c -> rows.year(c, year));
    }

    /** Makes {@code date} a holiday, a 调休 working day or an ordinary day again; audited as {@code by}'s. */
    public HallDay set(String by, LocalDate date, String kind, String name) {
        HallDay day = checked(date, kind, name);
        HallDay kept = store.changeSettings(c -> {
            HallDay before = rows.find(c, date).orElse(new HallDay(date, DayKind.ORDINARY, null));
            rows.put(c, day, clock.instant());
            changes.insert(c, new SettingChange(clock.instant(), by, CHANGED, date.toString(),
                    before.kind() + " → " + day.kind() + (day.name() == null ? "" : " " + day.name())));
            return day;
        });
        reload();
        return kept;
    }

    private HallDay checked(LocalDate date, String kind, String name) {
        DayKind k;
        try {
            k = DayKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput("kind", "须为 HOLIDAY、WORKDAY 或 ORDINARY / Must be HOLIDAY, WORKDAY or ORDINARY");
        }
        String n = name == null || name.isBlank() ? null : name.strip();
        if (n != null && (n.length() > NAME_LONGEST || n.chars().anyMatch(Character::isISOControl))) {
            throw Refusal.badInput("name", "名称须在" + NAME_LONGEST + "字以内 / The name must be up to "
                    + NAME_LONGEST + " characters, on one line");
        }
        if (k == DayKind.WORKDAY && week.weekOpens(date)) {
            throw Refusal.badInput("kind", "调休上班日须为平日不办公的日子 / A make-up working day must be a day"
                    + " the hall is normally closed");
        }
        return new HallDay(date, k, n);
    }

    private void seed(Connection c, java.util.Set<LocalDate> dates, DayKind kind, Instant now) throws SQLException {
        for (LocalDate d : dates) {
            if (rows.find(c, d).isEmpty()) {
                rows.put(c, new HallDay(d, kind, null), now);
                changes.insert(c, new SettingChange(now, SettingChange.BY_FILE, CHANGED, d.toString(),
                        "ORDINARY → " + kind + " from the hall's file"));
            }
        }
    }

    private DayKind kindOf(LocalDate day) {
        if (store.shared()) {
            look.ifDue();
        }
        HallDay d = days.get(day);
        return d == null ? DayKind.ORDINARY : d.kind();
    }

    /** Another server's change, if any; the database's trouble leaves the calendar as it was until the next look. */
    private synchronized void lookForChanges() {
        if (store.readSettings(c -> changes.lastOf(c, CHANGED)) != seen) {
            reload();
        }
    }

    private synchronized void reload() {
        store.readSettings(c -> {
            seen = changes.lastOf(c, CHANGED);
            days = rows.all(c).stream().collect(Collectors.toUnmodifiableMap(HallDay::date, Function.identity()));
            return null;
        });
    }
}
