package com.hallqueue.server.stats;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The running counts of one report row. */
final class Tally {

    int issued;
    int served;
    int noShow;
    int expired;
    int transfers;
    final Seconds waits = new Seconds();
    final Seconds walks = new Seconds();
    final Seconds handles = new Seconds();
    long normSeconds;
    int ratings;
    /** Ratings that are not 差评: 基本满意 (3) and better; only 1 and 2 count against staff. */
    int goodRatings;
    int ratingSum;
    long serving;
    long idleWhileWaiting;
    long idle;
    long paused;
    final TreeMap<String, Long> pauseReasons = new TreeMap<>();
    long closed;
    /** Days on which this row's counter or staff member worked, for the pause allowance. */
    final Set<LocalDate> staffedDays = new HashSet<>();
    /** Whether counter time was measured for this row at all (not by service). */
    boolean timed;

    /** Matters closed (DONE or REFUSED) by visits finished here, and of them those closed at the first visit. */
    int mattersClosed;
    int closedAtFirstVisit;
    /** Visits that ended with a 告知单, and refusals (不予受理). */
    int notices;
    int refused;

    void matterEnded(Visit v) {
        switch (v.matterOutcome) {
            case NOTICE -> notices++;
            case REFUSED -> refused++;
            default -> { }
        }
        if (v.matterOutcome.closesMatter()) {
            mattersClosed++;
            closedAtFirstVisit += v.closedAtFirstVisit() ? 1 : 0;
        }
    }

    /** 一趟办好: of the matters closed, the share closed at the first visit; null when none closed. */
    Double oneVisitShare() {
        return mattersClosed == 0 ? null : (double) closedAtFirstVisit / mattersClosed;
    }

    /** Per channel (page, kiosk, evaluator, unknown): how many ratings, and how many of 4 or 5. */
    final TreeMap<String, int[]> byChannel = new TreeMap<>();

    /**
     * 满意 (4) or 非常满意 (5): what the contract's {@code satisfaction} share counts. It is a
     * report figure only; 基本满意 (3) is not a 差评 and costs staff nothing in the appraisal,
     * whose 客户评价 goes by the average level.
     */
    static final int SATISFIED = 4;

    void rated(int score, String channel) {
        ratings++;
        ratingSum += score;
        goodRatings += score >= SATISFIED ? 1 : 0;
        int[] counts = byChannel.computeIfAbsent(channel, c -> new int[2]);
        counts[0]++;
        counts[1] += score >= SATISFIED ? 1 : 0;
    }

    /** The ratings split by the channel they came by: {@code {"evaluator": {"ratings": 3, "satisfaction": 0.67}}}. */
    Map<String, ChannelRatings> ratingChannels() {
        Map<String, ChannelRatings> out = new TreeMap<>();
        byChannel.forEach((channel, n) -> out.put(channel, new ChannelRatings(n[0], (double) n[1] / n[0])));
        return out;
    }

    Double satisfaction() {
        return ratings == 0 ? null : (double) goodRatings / ratings;
    }

    Double averageRating() {
        return ratings == 0 ? null : (double) ratingSum / ratings;
    }

    long waitsWithin(long targetSeconds) {
        return waits.atMost(targetSeconds);
    }

    Double overTargetShare(long targetSeconds) {
        return waits.isEmpty() ? null : (double) (waits.size() - waitsWithin(targetSeconds)) / waits.size();
    }

    long handleSeconds() {
        return handles.sum();
    }

    long staffedSeconds() {
        return serving + idleWhileWaiting + idle + paused;
    }

    CounterTime time() {
        return timed ? new CounterTime(serving, idleWhileWaiting, idle, paused, pauseReasons, closed) : null;
    }
}
