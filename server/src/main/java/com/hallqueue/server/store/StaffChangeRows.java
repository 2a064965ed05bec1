package com.hallqueue.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Applies staff changes to their rows; applied again at start from the journal, each does nothing new. */
final class StaffChangeRows {

    private final SessionRows sessions = new SessionRows();
    private final AuditRows audit = new AuditRows();
    private final PasswordRows passwords = new PasswordRows();

    void apply(Connection c, List<StaffChange> changes) throws SQLException {
        for (StaffChange change : changes) {
            if (change != null) { // null: a kind of change from a newer version, not this one's to apply
                apply(c, change);
            }
        }
    }

    private void apply(Connection c, StaffChange change) throws SQLException {
        if (change instanceof StaffChange.LoggedIn in) {
            if (sessions.find(c, in.session().tokenHash()).isEmpty()) {
                sessions.insert(c, in.session());
            }
        } else if (change instanceof StaffChange.LoggedOut out) {
            sessions.revoke(c, out.tokenHash());
        } else if (change instanceof StaffChange.SignedOff off) {
            sessions.revokeAll(c, off.badge(), off.before());
        } else if (change instanceof StaffChange.Audited a) {
            audit.insertMissing(c, a.entry());
        } else if (change instanceof StaffChange.Strengthened s) {
            passwords.save(c, s.badge(), s.replaces(), s.hash());
        }
    }
}
