package com.hallqueue.hardware.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SerialSettingsTest {

    @Test
    void defaultsAreNineThousandSixHundredEightNoneOneWithoutFlowControl() {
        assertThat(SerialSettings.DEFAULT).isEqualTo(new SerialSettings(9600, 8,
                SerialSettings.Parity.NONE, SerialSettings.StopBits.ONE, SerialSettings.FlowControl.NONE));
    }

    @Test
    void changingOneSettingKeepsTheOthers() {
        SerialSettings even = SerialSettings.DEFAULT.withBaud(19200).withParity(SerialSettings.Parity.EVEN);

        assertThat(even.baud()).isEqualTo(19200);
        assertThat(even.parity()).isEqualTo(SerialSettings.Parity.EVEN);
        assertThat(even.dataBits()).isEqualTo(8);
        assertThat(SerialSettings.DEFAULT.baud()).isEqualTo(9600);
    }

    @Test
    void oneCharacterAtNineThousandSixHundredEightNoneOneTakesAboutOneMillisecond() {
        assertThat(SerialSettings.DEFAULT.characterMillis()).isCloseTo(10_000.0 / 9600, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThatThrownBy(() -> SerialSettings.DEFAULT.withBaud(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SerialSettings(9600, 9, SerialSettings.Parity.NONE,
                SerialSettings.StopBits.ONE, SerialSettings.FlowControl.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
