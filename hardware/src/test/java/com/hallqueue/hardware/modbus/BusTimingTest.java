package com.hallqueue.hardware.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.hardware.link.SerialSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BusTimingTest {

    @Test
    void atNineThousandSixHundredBaudTheGapIsThreeAndAHalfCharactersOfTenBits() {
        BusTiming timing = BusTiming.forLine(SerialSettings.DEFAULT, Duration.ofMillis(200));

        // 3.5 x 10 bits / 9600 baud = 3.6458 ms
        assertThat(timing.frameGap().toNanos()).isBetween(3_645_000L, 3_647_000L);
        assertThat(timing.replyTimeout()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aboveNineteenThousandTwoHundredBaudTheGapIsFixedAtOnePointSevenFiveMilliseconds() {
        BusTiming timing = BusTiming.forLine(SerialSettings.DEFAULT.withBaud(115200), Duration.ofMillis(100));

        assertThat(timing.frameGap()).isEqualTo(Duration.ofNanos(1_750_000));
    }
}
