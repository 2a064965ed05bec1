package com.hallqueue.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.simulate.VirtualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String HERE = "10.0.0.9";
    private final VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveWrongPasswordsAreFreeThenEachFurtherOneDoublesTheWait() {
        failTimes("1003", HERE, 5);
        assertThat(throttle.retryAfter("1003", HERE)).isEqualTo(Duration.ofSeconds(30));
        for (Duration expected : new Duration[] {Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240)}) {
            clock.advance(throttle.retryAfter("1003", HERE));
            assertThat(throttle.retryAfter("1003", HERE)).isZero();
            throttle.failed("1003", HERE);
            assertThat(throttle.retryAfter("1003", HERE)).isEqualTo(expected);
        }
    }

    @Test
    void theWaitStopsGrowingAtAQuarterOfAnHour() {
        failTimes("1003", HERE, 30);
        assertThat(throttle.retryAfter("1003", HERE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void guessesFromOneAddressHoldUpNeitherTheOwnerElsewhereNorAnotherBadge() {
        failTimes("1003", HERE, 8);
        assertThat(throttle.retryAfter("1003", "10.0.0.3")).isZero();
        assertThat(throttle.retryAfter("1004", HERE)).isZero();
    }

    @Test
    void aGoodLoginOrAnHourOfQuietClearsTheCount() {
        failTimes("1003", HERE, 6);
        throttle.succeeded("1003", HERE);
        assertThat(throttle.retryAfter("1003", HERE)).isZero();
        failTimes("1003", HERE, 6);
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.retryAfter("1003", HERE)).isZero();
        throttle.failed("1003", HERE);
        assertThat(throttle.retryAfter("1003", HERE)).as("counting starts again").isZero();
    }

    private void failTimes(String badge, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(badge, address);
        }
    }
}
