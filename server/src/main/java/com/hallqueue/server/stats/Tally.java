package com.hallqueue.server.stats;

import com.hallqueue.server.followup.FollowUp;
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

    /** Per channel (page, kiosk, evaluator, unknown): how many ratings, and how many were not 差评. */
    final TreeMap<String, int[]> byChannel = new TreeMap<>();

    void rated(int score, String channel) {
        ratings++;
        ratingSum += score;
        goodRatings += score > FollowUp.OPENS_AT_OR_BELOW ? 1 : 0;
        int[] counts = byChannel.computeIfAbsent(channel, c -> new int[2]);
        counts[0]++;
        counts[1] += score > FollowUp.OPENS_AT_OR_BELOW ? 1 : 0;
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
