package com.hallqueue.server.closing;

import com.hallqueue.server.config.DayHours;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.queue.Refusal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * 不提前结束营业: a counter closing before the hall's closing time while citizens still wait
 * whom no other open counter can serve must say why. The reason is kept in the hall's event
 * log ({@code counter.closed_early}) and reported to the manager. The counter page asks for it
 * before closing; a client of the API that gives none still closes, as the API always has, and
 * the early close is reported as one without a reason. After hours, on a day the hall is
 * closed, or with nobody stranded, nothing is recorded.
 */
public final class EarlyClosing {

    /** The conflict's machine-readable reason: the counter page asks for the reason on it. */
    public static final String NEEDS_REASON = "early-close";
    /** Reasons fit the event log's detail column with room to spare, as pause reasons do. */
    public static final int REASON_LENGTH = 100;
    /** Recorded for an early close that gave no reason. */
    public static final String NO_REASON = "未说明原因 / No reason given";

    private EarlyClosing() {
    }

    /** Whether {@code now} is before today's closing time (a hall open all day closes at 24:00). */
    public static boolean beforeClosingTime(HallConfig config, Instant now) {
        ZonedDateTime here = now.atZone(config.zone());
        Optional<DayHours> today = config.hours().on(here.toLocalDate());
        return today.isPresent() && (today.get().close().equals(LocalTime.MAX)
                || here.toLocalTime().isBefore(today.get().close()));
    }

    /** The reason as given, trimmed; null when none was given. */
    public static String reason(String given) {
        String why = given == null ? "" : given.strip();
        if (why.length() > REASON_LENGTH) {
            throw Refusal.badInput("reason", "提前结束营业原因不超过" + REASON_LENGTH + "字 / reason: at most "
                    + REASON_LENGTH + " characters");
        }
        return why.isEmpty() ? null : why;
    }

    /** The refusal of an early close without a reason, while {@code stranded} citizens wait. */
    public static Refusal reasonRequired(int counter, long stranded) {
        return Refusal.conflict(NEEDS_REASON, "尚未到营业结束时间，仍有" + stranded + "位办事群众只能由" + counter
                + "号窗口办理，不提前结束营业；确需关窗请填写原因 / It is before closing time and " + stranded
                + " waiting citizen(s) can only be served here: give a reason to close early");
    }
}
