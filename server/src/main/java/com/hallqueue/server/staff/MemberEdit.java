package com.hallqueue.server.staff;

/**
 * A manager's change to a member: each part null when left as it is. {@code active} may only
 * bring a member back; taking one off the hall is {@link StaffRoll#takeOff}. {@code title} (职务)
 * blank takes the title away.
 */
public record MemberEdit(String name, String role, String password, Boolean active, String title) {

    public MemberEdit(String name, String role, String password, Boolean active) {
        this(name, role, password, active, null);
    }

    MemberEdit checked() {
        if (Boolean.FALSE.equals(active)) {
            throw com.hallqueue.server.queue.Refusal.badInput("active",
                    "停用请用 DELETE / Take a member off the hall with DELETE");
        }
        return new MemberEdit(name == null ? null : StaffRules.name(name), role == null ? null : StaffRules.role(role),
                password == null ? null : StaffRules.password(password), active,
                title == null ? null : StaffRules.title(title));
    }

    /** What changed, for the audit log: never the password itself. */
    String describe(KeptMember before) {
        StringBuilder out = new StringBuilder();
        if (name != null && !name.equals(before.name())) {
            out.append("name ").append(before.name()).append(" → ").append(name).append("; ");
        }
        if (role != null && !role.equals(before.role())) {
            out.append("role ").append(before.role()).append(" → ").append(role).append("; ");
        }
        if (title != null && !title.equals(before.title() == null ? "" : before.title())) {
            out.append("title ").append(before.title() == null ? "—" : before.title()).append(" → ")
                    .append(title.isEmpty() ? "—" : title).append("; ");
        }
        if (password != null) {
            out.append("password reset; ");
        }
        if (Boolean.TRUE.equals(active) && !before.active()) {
            out.append("enabled again; ");
        }
        return out.isEmpty() ? "no change" : out.substring(0, out.length() - 2);
    }
}
