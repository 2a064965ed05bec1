package com.hallqueue.server.config;

import com.hallqueue.server.matters.VisitEnd;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a {@link ConfigFile} field by field and builds the {@link HallConfig}. */
final class ConfigReader {

    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Z]");
    private static final Pattern BADGE = Pattern.compile("[0-9A-Za-z]{1,16}");
    /** Without a cap in the file the kiosk issues as many as come. */
    private static final int DEFAULT_DAILY_CAP = Integer.MAX_VALUE;
    /** The columns of {@code duty_manager}, which a manager's live setting is kept in. */
    static final int DUTY_NAME_LONGEST = 64;
    static final int DUTY_PHONE_LONGEST = 32;

    HallConfig read(ConfigFile f) {
        if (f == null) {
            throw new ConfigException("(top level)", "the file is empty");
        }
        HallInfo hall = hall(required(f.hall(), "hall"));
        List<ServiceDef> services = services(required(f.services(), "services"));
        Set<String> codes = new HashSet<>();
        services.forEach(s -> codes.add(s.code()));
        List<CounterDef> counters = counters(required(f.counters(), "counters"), codes);
        Set<Integer> counterNumbers = new HashSet<>();
        counters.forEach(c -> counterNumbers.add(c.number()));
        StatsRules stats = stats(f.stats(), f.appraisal());
        ScreensReader screens = new ScreensReader();
        List<StaffDef> staff = staff(f.staff() == null ? List.of() : f.staff());
        Devices devices = new DeviceReader().devices(f.devices(), counterNumbers);
        OpeningHours hours = new HoursReader().hours(f.hours());
        return new HallConfig(hall, services, counters,
                staff,
                devices,
                hours,
                priority(f.priority()), noShow(f.noShow()), stats,
                screens.alerts(f.alerts(), stats.waitTarget(), codes), screens.screens(f.screens()),
                new AppointmentsReader().appointments(f.appointments(), codes, hours, counterNumbers),
                new NotifyReader().read(f.notifier()));
    }

    private HallInfo hall(ConfigFile.Hall h) {
        String zone = text(h.timeZone(), "hall.timeZone", "Asia/Shanghai");
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new ConfigException("hall.timeZone", "unknown time zone \"" + zone + "\"");
        }
        return new HallInfo(text(h.name(), "hall.name", null), text(h.nameEn(), "hall.nameEn", ""),
                zoneId, text(h.hotline(), "hall.hotline", ""), text(h.complaintPhone(), "hall.complaintPhone", ""),
                fits(text(h.dutyManager(), "hall.dutyManager", ""), DUTY_NAME_LONGEST, "hall.dutyManager"),
                fits(text(h.dutyPhone(), "hall.dutyPhone", ""), DUTY_PHONE_LONGEST, "hall.dutyPhone"));
    }

    private List<ServiceDef> services(List<ConfigFile.Service> list) {
        nonEmpty(list, "services");
        List<ServiceDef> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(service(list.get(i), "services[" + i + "]"));
        }
        unique(out.stream().map(ServiceDef::code).toList(), "services", "code");
        return List.copyOf(out);
    }

    private ServiceDef service(ConfigFile.Service s, String at) {
        String code = text(s.code(), at + ".code", null);
        if (!SERVICE_CODE.matcher(code).matches()) {
            throw new ConfigException(at + ".code", "must be one capital letter A–Z, got \"" + code + "\"");
        }
        double minutes = s.handleMinutes() == null ? 10 : s.handleMinutes();
        if (!(minutes > 0 && minutes <= 480)) {
            throw new ConfigException(at + ".handleMinutes", "must be between 0 and 480 minutes, got " + minutes);
        }
        int cap = s.dailyCap() == null ? DEFAULT_DAILY_CAP : s.dailyCap();
        positive(cap, at + ".dailyCap");
        int days = s.timeLimitDays() == null ? ServiceDef.DEFAULT_TIME_LIMIT_DAYS : s.timeLimitDays();
        positive(days, at + ".timeLimitDays");
        return new ServiceDef(code, text(s.name(), at + ".name", null), text(s.nameEn(), at + ".nameEn", code),
                Duration.ofMillis(Math.round(minutes * 60_000)), cap, checklist(s.materials(), at + ".materials"),
                days, Boolean.TRUE.equals(s.afterVisit()));
    }

    /** The 办事指南 checklist: lines a NOTICE can carry as they are. */
    private static List<String> checklist(List<String> materials, String at) {
        if (materials == null) {
            return List.of();
        }
        if (materials.size() > VisitEnd.MAX_MATERIALS) {
            throw new ConfigException(at, "at most " + VisitEnd.MAX_MATERIALS + " materials");
        }
        for (String m : materials) {
            if (m == null || m.isBlank() || m.length() > VisitEnd.MATERIAL_LENGTH
                    || m.chars().anyMatch(Character::isISOControl)) {
                throw new ConfigException(at, "each material is one line of 1 to " + VisitEnd.MATERIAL_LENGTH
                        + " characters");
            }
        }
        return materials.stream().map(String::strip).toList();
    }

    private List<CounterDef> counters(List<ConfigFile.Counter> list, Set<String> codes) {
        nonEmpty(list, "counters");
        List<CounterDef> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(counter(list.get(i), "counters[" + i + "]", codes));
        }
        unique(out.stream().map(c -> String.valueOf(c.number())).toList(), "counters", "number");
        return List.copyOf(out);
    }

    private CounterDef counter(ConfigFile.Counter c, String at, Set<String> codes) {
        int number = required(c.number(), at + ".number");
        if (number < 1 || number > 999) {
            throw new ConfigException(at + ".number", "must be 1 to 999, got " + number);
        }
        List<String> services = required(c.services(), at + ".services");
        nonEmpty(services, at + ".services");
        for (String code : services) {
            if (!codes.contains(code)) {
                throw new ConfigException(at + ".services", "unknown service \"" + code + "\"");
            }
        }
        LocalTime opens = c.opens() == null ? null : HoursReader.time(c.opens(), at + ".opens");
        return new CounterDef(number, text(c.name(), at + ".name", number + "号窗口"), List.copyOf(services), opens,
                HoursReader.breaks(c.breaks(), at + ".breaks", LocalTime.MIN, LocalTime.MAX));
    }

    private List<StaffDef> staff(List<ConfigFile.Staff> list) {
        List<StaffDef> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(staffMember(list.get(i), "staff[" + i + "]"));
        }
        unique(out.stream().map(StaffDef::badge).toList(), "staff", "badge");
        return List.copyOf(out);
    }

    private StaffDef staffMember(ConfigFile.Staff s, String at) {
        String badge = text(s.badge(), at + ".badge", null);
        if (!BADGE.matcher(badge).matches()) {
            throw new ConfigException(at + ".badge", "must be 1 to 16 letters or digits, got \"" + badge + "\"");
        }
        String role = text(s.role(), at + ".role", "STAFF");
        if (!role.equals("STAFF") && !role.equals("MANAGER") && !role.equals("DISTRICT_MANAGER")) {
            throw new ConfigException(at + ".role", "must be STAFF, MANAGER or DISTRICT_MANAGER, got \"" + role + "\"");
        }
        String hash = text(s.passwordHash(), at + ".passwordHash", null);
        if (!PasswordHash.isWellFormed(hash)) {
            throw new ConfigException(at + ".passwordHash",
                    "not a password hash; make one with: bin/hallqueue hash-password");
        }
        return new StaffDef(badge, fits(text(s.name(), at + ".name", badge), StoredLengths.STAFF_NAME, at + ".name"),
                StaffDef.Role.valueOf(role), hash);
    }

    private PriorityRules priority(ConfigFile.Priority p) {
        if (p == null) {
            return new PriorityRules(3, List.of("老年人", "残疾人", "孕妇", "军人"));
        }
        int max = p.maxConsecutive() == null ? 3 : p.maxConsecutive();
        positive(max, "priority.maxConsecutive");
        return new PriorityRules(max, p.kinds() == null ? List.of() : List.copyOf(p.kinds()));
    }

    private NoShowRules noShow(ConfigFile.NoShow n) {
        int behind = n == null || n.returnBehind() == null ? 3 : n.returnBehind();
        if (behind < 0) {
            throw new ConfigException("noShow.returnBehind", "must be 0 or more, got " + behind);
        }
        return new NoShowRules(behind);
    }

    private StatsRules stats(ConfigFile.Stats s, ConfigFile.AppraisalFile appraisal) {
        double minutes = s == null || s.waitTargetMinutes() == null ? 15 : s.waitTargetMinutes();
        if (!(minutes > 0)) {
            throw new ConfigException("stats.waitTargetMinutes", "must be more than 0, got " + minutes);
        }
        double level = s == null || s.serviceLevel() == null ? 0.8 : s.serviceLevel();
        if (!(level > 0 && level < 1)) {
            throw new ConfigException("stats.serviceLevel", "must be a share between 0 and 1, got " + level);
        }
        int followUp = s == null || s.followUpWorkingDays() == null
                ? StatsRules.DEFAULT_FOLLOW_UP_DAYS : s.followUpWorkingDays();
        positive(followUp, "stats.followUpWorkingDays");
        return new StatsRules(Duration.ofSeconds(Math.round(minutes * 60)), level,
                new AppraisalReader().read(appraisal, s == null ? null : s.rubric()), followUp);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new ConfigException(field, "is missing");
        }
        return value;
    }

    static String text(String value, String field, String fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new ConfigException(field, "is missing");
            }
            return fallback;
        }
        return value.strip();
    }

    /** A value that is stored must fit its column: checked at start, not found out by a failed commit. */
    static String fits(String value, int maxLength, String field) {
        if (value != null && value.length() > maxLength) {
            throw new ConfigException(field, "must be at most " + maxLength + " characters, got " + value.length());
        }
        return value;
    }

    static void nonEmpty(List<?> list, String field) {
        if (list.isEmpty()) {
            throw new ConfigException(field, "must list at least one entry");
        }
    }

    static void positive(int n, String field) {
        if (n < 1) {
            throw new ConfigException(field, "must be 1 or more, got " + n);
        }
    }

    static void unique(List<String> keys, String list, String key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!seen.add(keys.get(i))) {
                throw new ConfigException(list + "[" + i + "]." + key, "\"" + keys.get(i) + "\" appears twice");
            }
        }
    }
}
