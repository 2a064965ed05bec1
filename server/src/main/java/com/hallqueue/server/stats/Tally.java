package com.hallqueue.server.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The running counts of one report row. */
final class Tally {

    int issued;
    int served;
    int noShow;
    final List<Long> waits = new ArrayList<>();
    final List<Long> handles = new ArrayList<>();
    long normSeconds;
    int ratings;
    int goodRatings;

    Long avgWait() {
        return mean(waits);
    }

    Long p90Wait() {
        if (waits.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(waits);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(rank - 1);
    }

    Long avgHandle() {
        return mean(handles);
    }

    Double satisfaction() {
        return ratings == 0 ? null : (double) goodRatings / ratings;
    }

    long waitsWithin(long targetSeconds) {
        return waits.stream().filter(w -> w <= targetSeconds).count();
    }

    long handleSeconds() {
        return handles.stream().mapToLong(Long::longValue).sum();
    }

    boolean isEmpty() {
        return issued == 0 && served == 0 && noShow == 0 && waits.isEmpty();
    }

    private static Long mean(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        return Math.round(values.stream().mapToLong(Long::longValue).average().orElse(0));
    }
}
