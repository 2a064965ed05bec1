package com.hallqueue.server.stats;

import java.util.List;
import java.util.Map;

/**
 * One line of the report, for a counter, service, staff member, hour or day. The first ten
 * fields are the public contract's; times in seconds; {@code satisfaction} is the share of
 * ratings of 4 or 5 (null without ratings; a report figure, not part of the appraisal); {@code score} the rubric's measured
 * items of the row (处事效率, 反馈调查, 客户评价) scaled to 100, graded by the rubric's grades; {@code overTargetShare} the share of waits longer
 * than the hall's target. {@code time} is the counters' time (null by service), {@code
 * scoreParts} those items, each with its method; {@code expired} the tickets whose day ended before they
 * were called (not served, and not counted as no-shows); {@code ratingChannels} the ratings
 * split by where they came from ({@code page}, {@code kiosk}, {@code evaluator}; {@code
 * unknown} for ratings stored before channels were recorded). {@code oneVisitShare} is 一趟办好:
 * of the matters closed here (finished DONE or REFUSED), the share closed at the first visit
 * with no NOTICE before (null when none closed); {@code notices} the visits ended with a
 * 一次性告知单, {@code refused} those not accepted (不予受理).
 */
public record StatsRow(String key, int issued, int served, int noShow, Long avgWaitSeconds, Long p90WaitSeconds,
                       Long avgHandleSeconds, Double satisfaction, Integer score, String grade,
                       int transfers, Long medianWaitSeconds, Long medianHandleSeconds, Long p90HandleSeconds,
                       Long avgWalkSeconds, Double overTargetShare, int ratings, Double averageRating,
                       CounterTime time, List<ScorePart> scoreParts, int expired,
                       Map<String, ChannelRatings> ratingChannels, Double oneVisitShare, int notices,
                       int refused) {
}
