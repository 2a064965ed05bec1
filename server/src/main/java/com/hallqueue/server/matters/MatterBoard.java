package com.hallqueue.server.matters;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The manager's view of matters left open (限时办结): each open notice, soonest due first, and
 * how many are open and overdue by service, by responsible counter (首问负责) and by the staff
 * member who issued the notice. {@code overdueOnly} keeps only those past their due time.
 */
public record MatterBoard(Instant now, List<Notice> matters, Map<String, Count> byService,
                          Map<String, Count> byCounter, Map<String, Count> byStaff) {

    /** Open matters and, of them, those past due. */
    public record Count(int open, int overdue) {
        Count plus(boolean late) {
            return new Count(open + 1, overdue + (late ? 1 : 0));
        }
    }

    public static MatterBoard of(List<Notice> open, Instant now, boolean overdueOnly) {
        List<Notice> shown = open.stream().filter(Notice::isOpen).filter(n -> !overdueOnly || n.overdue(now))
                .sorted(Comparator.comparing(Notice::dueAt).thenComparing(Notice::issuedAt)).toList();
        return new MatterBoard(now, shown, count(shown, now, Notice::service),
                count(shown, now, n -> String.valueOf(n.firstCounter() == null ? n.counter() : n.firstCounter())),
                count(shown, now, n -> n.staffBadge() == null ? "-" : n.staffBadge()));
    }

    /** The open matters whose work goes on after the visit that counter {@code counter} is responsible for (首问负责). */
    public static List<Notice> afterVisitOf(List<Notice> open, int counter) {
        return open.stream().filter(n -> n.isOpen() && n.afterVisit())
                .filter(n -> (n.firstCounter() == null ? n.counter() : n.firstCounter()) == counter)
                .sorted(Comparator.comparing(Notice::dueAt)).toList();
    }

    private static Map<String, Count> count(List<Notice> notices, Instant now, Function<Notice, String> key) {
        Map<String, Count> out = new TreeMap<>();
        for (Notice n : notices) {
            out.merge(key.apply(n), new Count(0, 0).plus(n.overdue(now)),
                    (a, b) -> new Count(a.open + b.open, a.overdue + b.overdue));
        }
        return out;
    }
}
