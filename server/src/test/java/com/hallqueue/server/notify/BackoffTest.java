package com.hallqueue.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.queue.TicketStatus;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The outbox's rules: when to try again, when to give up, when a message is no longer due. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), 5);

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBefore() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(80));
    }

    @Test
    void noWaitIsLongerThanAnHour() {
        // 10 s × 2^9 = 5120 s, past the hour
        assertThat(backoff.after(10)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void itGivesUpAfterTheFifthAttemptNotBefore() {
        assertThat(backoff.givesUpAfter(4)).isFalse();
        assertThat(backoff.givesUpAfter(5)).isTrue();
    }

    @Test
    void theCountAheadIsDueOnlyWhileTheTicketWaitsAndTheCallOnlyWhileItIsCalledOrServed() {
        assertThat(Outbox.stillDue(MessageKind.AHEAD, Optional.of(TicketStatus.WAITING))).isTrue();
        assertThat(Outbox.stillDue(MessageKind.AHEAD, Optional.of(TicketStatus.CALLED))).isFalse();
        assertThat(Outbox.stillDue(MessageKind.CALLED, Optional.of(TicketStatus.CALLED))).isTrue();
        assertThat(Outbox.stillDue(MessageKind.CALLED, Optional.of(TicketStatus.SERVING))).isTrue();
        assertThat(Outbox.stillDue(MessageKind.CALLED, Optional.of(TicketStatus.EXPIRED))).isFalse();
        assertThat(Outbox.stillDue(MessageKind.CALLED, Optional.of(TicketStatus.CANCELLED))).isFalse();
        assertThat(Outbox.stillDue(MessageKind.CALLED, Optional.empty())).isFalse();
    }

    @Test
    void aConsentGivenWithinReachIsToldOnlyOfTheCallAndACallEndsTheCount() {
        Watch near = Watch.of("t1", new Consent(3, "h", true, null));
        assertThat(near.aheadDone()).isTrue();
        Watch far = Watch.of("t2", new Consent(3, "h", false, null)).decided(MessageKind.CALLED);
        assertThat(far.aheadDone()).isTrue();
        assertThat(far.calledDone()).isTrue();
    }

    @Test
    void detailsReadBackAsWritten() {
        Consent c = new Consent(3, "holderKey", false, "BOOKCODE");
        assertThat(Consent.parse(c.detail())).isEqualTo(c);
        Decision d = new Decision(MessageKind.CALLED, "A005", 6, "holderKey");
        assertThat(Decision.parse(d.detail())).isEqualTo(d);
        assertThat(d.detail().length()).isLessThanOrEqualTo(200); // the event log's detail column
    }
}
