package com.hallqueue.server.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A broadcast as the event stream carries it and as screens decide whether it is still up. */
class BroadcastTest {

    private static final Instant SENT = Instant.parse("2026-12-04T02:00:00Z");

    @Test
    void theEventsDetailGivesBackTheSameBroadcastEvenWithBarsInItsText() {
        Broadcast b = new Broadcast(7, BroadcastKind.NOTICE, "a|b||c |", SENT, SENT.plusSeconds(900));
        assertThat(b.detail()).isEqualTo("7|NOTICE|1796349600000|1796350500000|a|b||c |");
        assertThat(Broadcast.ofDetail(b.detail())).isEqualTo(b);
    }

    @Test
    void aBroadcastWithoutAnEndOrTextComesBackSo() {
        Broadcast b = new Broadcast(1, BroadcastKind.FIRE_DRILL, "", SENT, null);
        assertThat(b.detail()).isEqualTo("1|FIRE_DRILL|1796349600000||");
        assertThat(Broadcast.ofDetail(b.detail())).isEqualTo(b);
    }

    @Test
    void theLongestBroadcastFitsTheEventsTwoHundredCharacterDetail() {
        Broadcast b = new Broadcast(Long.MAX_VALUE, BroadcastKind.SYSTEM_FAILURE, "火".repeat(EmergencyBroadcast.TEXT_LONGEST),
                Instant.parse("2286-11-20T17:46:39.999Z"), Instant.parse("2286-11-20T17:46:39.999Z"));
        assertThat(b.detail().length()).isLessThanOrEqualTo(200);
    }

    @Test
    void aBroadcastIsUpUntilItsEndAndThenNoMore() {
        Broadcast b = new Broadcast(1, BroadcastKind.EVACUATION, "", SENT, SENT.plusSeconds(60));
        assertThat(b.liveAt(SENT.plusSeconds(59))).isTrue();
        assertThat(b.liveAt(SENT.plusSeconds(60))).isFalse();
        assertThat(new Broadcast(1, BroadcastKind.EVACUATION, "", SENT, null).liveAt(SENT.plusSeconds(86_400 * 30)))
                .isTrue();
    }

    @Test
    void theViewCarriesTheHeadingAndSentenceInBothLanguages() {
        var view = new Broadcast(3, BroadcastKind.EVACUATION, "东门", SENT, null).view();
        assertThat(view).containsEntry("title", "紧急疏散").containsEntry("titleEn", "Evacuation")
                .containsEntry("says", "紧急情况，请听从工作人员指挥，从最近的安全出口有序撤离").containsEntry("text", "东门")
                .containsEntry("kind", "EVACUATION").containsEntry("until", null);
    }
}
