package com.hallqueue.server.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** What is kept of a citizen, and how codes are made and read back. */
class CitizenAndCodeTest {

    @Test
    void phoneAndNameAreMaskedAsShownEverywhere() {
        assertThat(Citizen.maskPhone("13800138000")).isEqualTo("138****8000");
        assertThat(Citizen.maskName("张三")).isEqualTo("张*");
        assertThat(Citizen.maskName("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Citizen.maskName("李")).isEqualTo("李*");
        Citizen kept = Citizen.of("张三", "13800138000", "hall");
        assertThat(kept.toString()).doesNotContain("13800138000", "张三");
    }

    @Test
    void onlyMainlandMobileNumbersAreTakenInAnyUsualSpelling() {
        assertThat(Citizen.mobile("+86 138-0013-8000")).contains("13800138000");
        assertThat(Citizen.mobile("8613800138000")).contains("13800138000");
        assertThat(Citizen.mobile("12800138000")).isEmpty();
        assertThat(Citizen.mobile("1380013800")).isEmpty();
        assertThat(Citizen.mobile("010-12345678")).isEmpty();
    }

    @Test
    void aPhoneKeyIsStableForOneHallAndDiffersBetweenHalls() {
        String key = Citizen.phoneKey("13800138000", "hall one");
        assertThat(Citizen.phoneKey("13800138000", "hall one")).isEqualTo(key);
        assertThat(Citizen.phoneKey("13800138000", "hall two")).isNotEqualTo(key);
        assertThat(Citizen.phoneKey("13800138001", "hall one")).isNotEqualTo(key);
        assertThat(key).doesNotContain("138");
    }

    @Test
    void codesAreReadAsTypedOrScanned() {
        String code = new BookingCode(new SecureRandom()).next();
        assertThat(code).hasSize(BookingCode.LENGTH);
        String shown = BookingCode.shown(code);
        assertThat(BookingCode.read(shown.toLowerCase())).contains(code);
        assertThat(BookingCode.read(" " + shown + " ")).contains(code);
        assertThat(BookingCode.read("http://hall.example.cn/book?code=" + code)).contains(code);
        assertThat(BookingCode.read("ABCDEFG0")).isEmpty();
        assertThat(BookingCode.read("ABC")).isEmpty();
        assertThat(BookingCode.read(null)).isEmpty();
    }
}
