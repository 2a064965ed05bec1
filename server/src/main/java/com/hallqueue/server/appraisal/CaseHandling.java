package com.hallqueue.server.appraisal;

import com.hallqueue.server.followup.FollowUp;
import java.time.Instant;
import java.util.List;

/**
 * 投诉处理, measured: of the complaints and 差评 cases about a staff member whose deadline fell
 * in the period and has passed (or that were closed), the share closed by their deadline. One
 * still open and not yet due is not counted yet; none at all earns the full points.
 */
record CaseHandling(int due, int inTime) {

    static CaseHandling of(String badge, List<FollowUp> cases, List<Complaint> complaints, Instant from, Instant to,
                           Instant now) {
        int due = 0;
        int inTime = 0;
        for (FollowUp c : cases) {
            if (badge.equals(c.staffBadge()) && counts(c.dueAt(), c.closedAt(), from, to, now)) {
                due++;
                inTime += c.overdue(now) ? 0 : 1;
            }
        }
        for (Complaint k : complaints) {
            if (badge.equals(k.staffBadge()) && counts(k.dueAt(), k.closedAt(), from, to, now)) {
                due++;
                inTime += k.overdue(now) ? 0 : 1;
            }
        }
        return new CaseHandling(due, inTime);
    }

    private static boolean counts(Instant dueAt, Instant closedAt, Instant from, Instant to, Instant now) {
        boolean dueInPeriod = !dueAt.isBefore(from) && dueAt.isBefore(to);
        return dueInPeriod && (closedAt != null || !dueAt.isAfter(now));
    }

    double share() {
        return due == 0 ? 1.0 : (double) inTime / due;
    }

    String how() {
        return due == 0 ? "期内无到期的投诉或差评 / nothing due in the period"
                : "按时办结 " + inTime + " / 到期 " + due + " 件 / closed in time of due";
    }
}
