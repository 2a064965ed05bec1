package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A member of staff opens their own appraisal sheet of this month from the counter page:
 * the manager's mark and note (markup stays text), nothing to edit, and back to the counter
 * still logged in. Another's sheet stays closed to them.
 */
class StaffOwnSheetBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final String PERIOD = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    @RegisterExtension
    static final HallInChromium pages = HallInChromium.demo();

    @Test
    void staffSeeTheirOwnSheetFromTheCounterPage() {
        RunningHall hall = pages.hall();
        String manager = hall.api.login("9001");
        assertThat(hall.api.send("PUT", "/api/v1/appraisal/" + PERIOD + "/1002/speech", manager,
                "{\"score\":7,\"note\":\"<b>暗访</b>：用语欠规范\"}").status()).isEqualTo(200);

        Browser.Window pad = pages.counterPad(2, "1002", 1366, 900);
        assertThat(pad.text("#own-sheet")).isEqualTo("我的考核表");

        pad.find("#own-sheet").click();
        pad.awaitText("#who", "1002", A_WHILE);
        assertThat(pad.text("#who")).contains(PERIOD);
        assertThat(pad.text("#items tr[data-item='speech']")).contains("7").contains("<b>暗访</b>：用语欠规范");
        assertThat(pad.text("#history")).contains("9001");
        assertThat((Long) pad.script("return document.querySelectorAll('main b, main input, main button').length;"))
                .isZero();
        pad.screenshot("counter-own-sheet");

        pad.find("#back").click();
        pad.awaitText("#where", "1002", A_WHILE);

        String staff = hall.api.login("1002");
        assertThat(hall.api.get("/api/v1/appraisal/" + PERIOD + "/1001", staff).status()).isEqualTo(403);
    }
}
