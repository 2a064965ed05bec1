package com.hallqueue.server.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a complaint of the register goes before the hall head (超期升级): open, past its deadline, not yet escalated. */
class ComplaintDeadlineTest {

    private static final Instant DUE = Instant.parse("2026-12-20T09:00:00Z");

    private static Complaint open() {
        return new Complaint(7, Complaint.Channel.PHONE, 2, "1002", null, "态度生硬", null, LocalDate.parse("2026-12-20"),
                DUE, null, null, null, Instant.parse("2026-12-01T02:00:00Z"), "9001", null, null, null);
    }

    @Test
    void anOpenComplaintIsEscalatedOnlyOnceItsDeadlineHasPassed() {
        assertThat(open().needsEscalation(DUE)).isFalse();
        assertThat(open().needsEscalation(DUE.plusSeconds(1))).isTrue();
    }

    @Test
    void anEscalatedComplaintIsNotEscalatedAgainAndKeepsWhenItWas() {
        Complaint escalated = open().escalated(DUE.plusSeconds(60));
        assertThat(escalated.escalatedAt()).isEqualTo(DUE.plusSeconds(60));
        assertThat(escalated.needsEscalation(DUE.plusSeconds(3600))).isFalse();
        assertThat(escalated.handled("9001", "已约谈", null).escalatedAt()).isEqualTo(DUE.plusSeconds(60));
        assertThat(escalated.closed(DUE.plusSeconds(7200), "9001").escalatedAt()).isEqualTo(DUE.plusSeconds(60));
    }

    @Test
    void aComplaintClosedLateIsOverdueButNotEscalated() {
        Complaint closedLate = open().closed(DUE.plusSeconds(600), "9001");
        assertThat(closedLate.overdue(DUE.plusSeconds(900))).isTrue();
        assertThat(closedLate.needsEscalation(DUE.plusSeconds(900))).isFalse();
    }
}
