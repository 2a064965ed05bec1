package com.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.matters.MatterBoard;
import com.hallqueue.server.matters.Notice;
import com.hallqueue.server.matters.Outcome;
import com.hallqueue.server.matters.VisitEnd;
import com.hallqueue.server.simulate.VirtualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 首问负责, 一次性告知, 限时办结 by the engine's rules. A weekday hall (Monday to Friday 08:30–17:30,
 * closed on Monday 2026-12-07); declarations (B) are due in 3 working days. Thursday
 * 2026-12-03, 10:00 in Shanghai.
 */
class MattersTest {

    private static final StaffRef WANG = new StaffRef("1001", "王芳");
    private static final StaffRef LI = new StaffRef("1002", "李强");
    private final VirtualClock clock = VirtualClock.at("2026-12-03T02:00:00Z");
    private final QueueEngine hall = new QueueEngine(hall(), clock, TicketIds.seeded(5), HallRecord.empty());

    static HallConfig hall() {
        return new HallConfigLoader().parse("""
                hall: {name: 测试大厅, timeZone: Asia/Shanghai}
                services:
                  - {code: A, name: 综合业务, nameEn: General}
                  - {code: B, name: 报关业务, nameEn: Declarations, timeLimitDays: 3,
                     materials: [报关单, 商业发票, 装箱单]}
                counters:
                  - {number: 1, services: [A, B]}
                  - {number: 2, services: [B]}
                hours:
                  week:
                    weekdays: {open: "08:30", lastTicket: "17:00", close: "17:30"}
                  holidays: [2026-12-07]
                """, "matters hall");
    }

    @Test
    void aNoticeListsEverythingMissingAtOnceAndLeavesTheMatterOpen() {
        TicketView first = serveAt(1, WANG, "B");

        TicketView done = hall.finish(1, "1001", notice("商业发票", "装箱单"));

        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.outcome()).isEqualTo(Outcome.NOTICE);
        assertThat(done.notice().materials()).containsExactly("商业发票", "装箱单");
        Notice n = hall.openNotice(done.notice().code()).orElseThrow();
        assertThat(n.ticketNumber()).isEqualTo(first.number());
        assertThat(n.counter()).isEqualTo(1);
        assertThat(n.staffName()).isEqualTo("王芳");
        assertThat(hall.openNotices()).hasSize(1);
    }

    @Test
    void theReturnVisitIsLinkedToTheFirstAndItsDoneClosesTheMatter() {
        serveAt(1, WANG, "B");
        String code = hall.finish(1, "1001", notice("商业发票")).notice().code();

        TicketView back = hall.issueReturn("B", code.toLowerCase(), "K1");

        assertThat(back.returnOf()).isEqualTo("B001");
        assertThat(back.number()).isEqualTo("B002");
        hall.open(2, LI);
        hall.callNext(2, "1002");
        assertThat(hall.counterMatter(2, "1002").returnNotice().materials()).containsExactly("商业发票");
        TicketView closed = hall.finish(2, "1002", VisitEnd.DONE);
        assertThat(closed.outcome()).isEqualTo(Outcome.DONE);
        assertThat(hall.openNotices()).isEmpty();
    }

    @Test
    void aNoticeIsTakenBackOnceWhileItsReturnTicketIsStillInPlay() {
        serveAt(1, WANG, "B");
        String code = hall.finish(1, "1001", notice("商业发票")).notice().code();
        hall.issueReturn("B", code, "K1");

        assertThatThrownBy(() -> hall.issueReturn("B", code, "K1"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
    }

    @Test
    void aCodeForAnotherServiceOrNoCodeAtAllIsRefusedWithTheReason() {
        serveAt(1, WANG, "B");
        String code = hall.finish(1, "1001", notice("商业发票")).notice().code();

        assertThatThrownBy(() -> hall.issueReturn("A", code, "K1")).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(r.getMessage()).contains("B");
        });
        assertThatThrownBy(() -> hall.issueReturn("B", "2345678923", "K1")).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
    }

    @Test
    void aRefusalNeedsANoteAndANoticeAtLeastOneMaterial() {
        serveAt(1, WANG, "B");

        assertThatThrownBy(() -> hall.finish(1, "1001", new VisitEnd(Outcome.REFUSED, List.of(), " ")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("note"));
        assertThatThrownBy(() -> hall.finish(1, "1001", new VisitEnd(Outcome.NOTICE, List.of(""), null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("materials"));
        assertThat(hall.counterView(1).orElseThrow().ticket()).isNotNull();
    }

    @Test
    void aSecondNoticeAskingForWhatTheFirstDidNotIsFlagged() {
        serveAt(1, WANG, "B");
        String code = hall.finish(1, "1001", notice("商业发票")).notice().code();
        hall.drainEvents();
        hall.issueReturn("B", code, "K1");
        hall.open(2, LI);
        hall.callNext(2, "1002");

        TicketView second = hall.finish(2, "1002", notice("商业发票", "提运单"));

        Notice again = hall.openNotice(second.notice().code()).orElseThrow();
        assertThat(again.beyondFirst()).containsExactly("提运单");
        assertThat(again.follows()).isEqualTo(code);
        assertThat(hall.drainEvents()).extracting(HallEvent::type).contains(EventType.NOTICE_CLOSED,
                EventType.NOTICE_ISSUED, EventType.NOTICE_FLAGGED);
    }

    @Test
    void aSecondNoticeAskingOnlyForWhatTheFirstListedIsNotFlagged() {
        serveAt(1, WANG, "B");
        String code = hall.finish(1, "1001", notice("商业发票", "装箱单")).notice().code();
        hall.issueReturn("B", code, "K1");
        hall.open(2, LI);
        hall.callNext(2, "1002");
        hall.drainEvents();

        hall.finish(2, "1002", notice("装箱单"));

        assertThat(hall.drainEvents()).extracting(HallEvent::type).doesNotContain(EventType.NOTICE_FLAGGED);
    }

    @Test
    void theCounterThatFirstTookTheMatterUpStaysResponsibleThroughATransferAndTheReturnVisit() {
        serveAt(1, WANG, "B");
        TicketView moved = hall.transfer(1, "1001", null, 2, "发票金额需核对 / check the invoice total");
        assertThat(moved.firstCounter()).isEqualTo(1);
        hall.open(2, LI);
        hall.callNext(2, "1002");
        assertThat(hall.counterMatter(2, "1002").handOver()).isEqualTo("发票金额需核对 / check the invoice total");

        String code = hall.finish(2, "1002", notice("商业发票")).notice().code();
        TicketView back = hall.issueReturn("B", code, "K1");

        assertThat(back.firstCounter()).isEqualTo(1);
        assertThat(hall.openNotice(code).orElseThrow().firstCounter()).isEqualTo(1);
    }

    @Test
    void aMatterIsDueByTheServicesTimeLimitInWorkingDaysAndOverdueAfterIt() {
        serveAt(1, WANG, "B");
        String code = hall.finish(1, "1001", notice("商业发票")).notice().code();

        // Thursday + 3 working days: Friday 4th, (weekend, holiday Monday 7th) Tuesday 8th, Wednesday 9th.
        Notice n = hall.openNotice(code).orElseThrow();
        assertThat(n.dueDate()).isEqualTo(LocalDate.parse("2026-12-09"));
        assertThat(n.dueAt()).isEqualTo(Instant.parse("2026-12-09T09:30:00Z"));
        assertThat(MatterBoard.of(hall.openNotices(), Instant.parse("2026-12-09T09:30:00Z"), true).matters()).isEmpty();
        MatterBoard late = MatterBoard.of(hall.openNotices(), Instant.parse("2026-12-09T09:30:01Z"), true);
        assertThat(late.matters()).extracting(Notice::code).containsExactly(code);
        assertThat(late.byService().get("B")).isEqualTo(new MatterBoard.Count(1, 1));
        assertThat(late.byCounter().get("1")).isEqualTo(new MatterBoard.Count(1, 1));
        assertThat(late.byStaff().get("1001")).isEqualTo(new MatterBoard.Count(1, 1));
    }

    @Test
    void aSecondNoticeKeepsTheDueDateOfTheFirst() {
        serveAt(1, WANG, "B");
        String code = hall.finish(1, "1001", notice("商业发票")).notice().code();
        clock.set(Instant.parse("2026-12-08T02:00:00Z"));
        hall.issueReturn("B", code, "K1");
        hall.open(2, LI);
        hall.callNext(2, "1002");

        String second = hall.finish(2, "1002", notice("商业发票")).notice().code();

        assertThat(hall.openNotice(second).orElseThrow().dueDate()).isEqualTo(LocalDate.parse("2026-12-09"));
    }

    @Test
    void anotherServerOfTheHallTakesInTheNoticeAndRedeemsIt() {
        QueueEngine other = new QueueEngine(hall(), clock, TicketIds.seeded(6), HallRecord.empty());
        serveAt(1, WANG, "B");
        String code = hall.finish(1, "1001", notice("商业发票")).notice().code();
        other.takeIn(hall.drainEvents());

        TicketView back = other.issueReturn("B", code, "K2");

        assertThat(back.returnOf()).isEqualTo("B001");
        hall.takeIn(other.drainEvents());
        assertThatThrownBy(() -> hall.issueReturn("B", code, "K1")).isInstanceOf(Refusal.class);
    }

    private TicketView serveAt(int counter, StaffRef who, String service) {
        TicketView t = hall.issue(service, false, "K1");
        hall.open(counter, who);
        hall.callNext(counter, who.badge());
        hall.start(counter, who.badge());
        return t;
    }

    private static VisitEnd notice(String... materials) {
        return new VisitEnd(Outcome.NOTICE, List.of(materials), "请补齐后再来 / bring these and come back");
    }
}
