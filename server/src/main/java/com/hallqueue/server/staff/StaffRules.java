package com.hallqueue.server.staff;

import com.hallqueue.server.queue.Refusal;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * What a manager may set: badges as the hall's file takes them, names that fit their columns
 * ({@code counter_state.staff_name} too), two roles, passwords long enough to resist guessing;
 * and the hall is never left without a manager to undo a mistake.
 */
final class StaffRules {

    static final Pattern BADGE = Pattern.compile("[0-9A-Za-z]{1,16}");
    static final int NAME_LONGEST = 64;
    /** The column {@code staff_member.title}. */
    static final int TITLE_LONGEST = 32;
    static final int PASSWORD_SHORTEST = 8;
    static final int PASSWORD_LONGEST = 128;

    private StaffRules() {
    }

    static String badge(String given) {
        if (given == null || !BADGE.matcher(given).matches()) {
            throw Refusal.badInput("badge", "工号须为1至16位字母或数字 / The badge must be 1 to 16 letters or digits");
        }
        return given;
    }

    static String name(String given) {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty() || name.length() > NAME_LONGEST || name.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.badInput("name", "姓名须为1至" + NAME_LONGEST + "个字符 / The name must be 1 to "
                    + NAME_LONGEST + " characters, on one line");
        }
        return name;
    }

    /** A title (职务) on one line; empty when a manager takes it away. */
    static String title(String given) {
        String title = given.strip();
        if (title.length() > TITLE_LONGEST || title.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.badInput("title", "职务须为一行，至多" + TITLE_LONGEST + "个字符 / The title must be one line of at most "
                    + TITLE_LONGEST + " characters");
        }
        return title;
    }

    /** A manager makes staff or managers; a district manager is made in the hall's file only. */
    static String role(String given) {
        if (!"STAFF".equals(given) && !"MANAGER".equals(given)) {
            throw Refusal.badInput("role", "角色须为 STAFF 或 MANAGER / The role must be STAFF or MANAGER");
        }
        return given;
    }

    static String password(String given) {
        if (given == null || given.length() < PASSWORD_SHORTEST || given.length() > PASSWORD_LONGEST) {
            throw Refusal.badInput("password", "密码须为" + PASSWORD_SHORTEST + "至" + PASSWORD_LONGEST
                    + "个字符 / The password must be " + PASSWORD_SHORTEST + " to " + PASSWORD_LONGEST + " characters");
        }
        return given;
    }

    /** {@code by} may take {@code badge} off the hall: not themself, and not the last manager. */
    static void mayTakeOff(String by, KeptMember target, Collection<KeptMember> all) {
        if (target.badge().equals(by)) {
            throw Refusal.conflict("不能停用自己的工号 / You cannot take yourself off the hall");
        }
        leavesAManager(target, all);
    }

    /** A manager made staff must leave another active manager behind. */
    static void mayBecome(KeptMember target, String role, Collection<KeptMember> all) {
        if (!"MANAGER".equals(role)) {
            leavesAManager(target, all);
        }
    }

    private static void leavesAManager(KeptMember target, Collection<KeptMember> all) {
        boolean another = all.stream().filter(m -> !m.badge().equals(target.badge()))
                .anyMatch(m -> m.member().manages());
        if (target.member().manages() && !another) {
            throw Refusal.conflict("大厅须至少保留一名管理人员 / The hall must keep at least one active manager");
        }
    }
}
