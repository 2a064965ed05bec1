package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import com.hallqueue.server.testing.Halls;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The manager's page while a complaint's deadline passes: complaint.escalated arrives on the
 * stream, the register is read again, and the escalated complaint is red, first and marked
 * 已升级 (its text still text).
 */
class ComplaintEscalationBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(15);
    private static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");
    // 22:00 in the hall: the deadline (the close of today, midnight in the demo hall) is two hours on
    private static final LocalDate DAY = LocalDate.now(HALL_ZONE);
    private static final VirtualClock CLOCK = new VirtualClock(DAY.atTime(LocalTime.of(22, 0)).atZone(HALL_ZONE).toInstant());

    @RegisterExtension
    static final HallInChromium pages = HallInChromium.of(Halls.demo(), CLOCK);

    @Test
    void anEscalatedComplaintTurnsRedAndGoesFirstOnTheManagersPage() {
        ApiClient api = pages.hall().api;
        String manager = api.login("9001");
        record(api, manager, DAY.plusDays(5), "等候时间过长");
        long late = record(api, manager, DAY, "<i>窗口人员</i>离岗未摆放暂停牌");

        Browser.Window desk = pages.managerDesk(1440, 2400);
        desk.awaitText("#complaints-list", "离岗", A_WHILE);
        assertThat(desk.text("#complaints-list")).doesNotContain("已升级");

        CLOCK.set(CLOCK.instant().plus(Duration.ofHours(3)));
        desk.awaitText("#complaints-list", "已升级", A_WHILE);
        assertThat(desk.find("#complaints-list tr:first-child").getDomAttribute("data-complaint"))
                .isEqualTo(String.valueOf(late));
        assertThat(desk.find("#complaints-list tr:first-child").getDomAttribute("class")).contains("overdue");
        assertThat(desk.text("#complaints-list tr:first-child")).contains("<i>窗口人员</i>").contains("已升级");
        assertThat(desk.text("#complaints-list tr:last-child")).doesNotContain("已升级");
        assertThat((Long) desk.script("return document.querySelectorAll('#complaints-list i').length;")).isZero();
        desk.screenshot("manager-complaint-escalated");
    }

    private static long record(ApiClient api, String manager, LocalDate due, String what) {
        ApiClient.Reply r = api.post("/api/v1/complaints", manager, "{\"channel\":\"LETTER\",\"counter\":3,"
                + "\"what\":\"" + what + "\",\"dueDate\":\"" + due + "\"}");
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
