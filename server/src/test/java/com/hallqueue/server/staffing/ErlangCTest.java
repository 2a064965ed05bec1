package com.hallqueue.server.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Erlang C against the known values of the design notes, and the staffing rule built on it. */
class ErlangCTest {

    @Test
    void theChanceOfWaitingMatchesTheKnownValue() {
        assertThat(ErlangC.probabilityOfWaiting(14, 10)).isCloseTo(0.1741319, within(1e-7));
    }

    @Test
    void theServiceLevelMatchesTheKnownValue() {
        assertThat(ErlangC.serviceLevel(14, 10, 180, 20)).isCloseTo(0.88835, within(1e-5));
    }

    @Test
    void anOverloadedHallAlwaysWaits() {
        assertThat(ErlangC.probabilityOfWaiting(5, 6)).isEqualTo(1);
        assertThat(ErlangC.serviceLevel(5, 6, 300, 900)).isZero();
    }

    @Test
    void theFewestCountersReachingTheLevelAreRecommended() {
        int s = ErlangC.countersFor(10, 180, 20, 0.8, 40);
        assertThat(ErlangC.serviceLevel(s, 10, 180, 20)).isGreaterThanOrEqualTo(0.8);
        assertThat(ErlangC.serviceLevel(s - 1, 10, 180, 20)).isLessThan(0.8);
    }

    @Test
    void noArrivalsNeedNoCounters() {
        assertThat(ErlangC.countersFor(0, 300, 900, 0.8, 10)).isZero();
    }
}
