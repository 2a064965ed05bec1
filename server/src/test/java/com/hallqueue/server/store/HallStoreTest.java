package com.hallqueue.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.server.matters.Matter;
import com.hallqueue.server.matters.Outcome;
import com.hallqueue.server.matters.VisitEnd;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.TicketIds;
import com.hallqueue.server.queue.TicketStatus;
import com.hallqueue.server.queue.TicketView;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.simulate.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store on a fresh in-memory H2 database per test; {@link HallStoreOnPostgresTest} runs it on PostgreSQL. */
class HallStoreTest {

    private static final List<Integer> COUNTERS = List.of(1, 2, 3, 4, 5, 6);
    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");

    private final String url = freshDatabase();
    private final HallStore store = HallStore.open(url);
    private final VirtualClock clock = VirtualClock.at("2026-11-27T01:00:00Z");

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void whatIsCommittedIsWhatTheEngineStartsFromAfterARestart() {
        QueueEngine hall = engine(store.load(TODAY, COUNTERS));
        TicketView a1 = hall.issue("A", false, "K1");
        hall.issue("A", true, "K1");
        hall.open(1, new StaffRef("1001", "王芳"));
        hall.callNext(1, "1001");
        store.commit(hall.drainEvents());

        QueueEngine restarted = engine(store.load(TODAY, COUNTERS));
        assertThat(restarted.counterView(1).orElseThrow().ticket().number()).isEqualTo("A002");
        assertThat(restarted.ticket(a1.id()).orElseThrow().status()).isEqualTo(TicketStatus.WAITING);
        assertThat(restarted.issue("A", false, "K1").number()).isEqualTo("A003");
        assertThat(restarted.lastSeq()).isEqualTo(5);
    }

    @Test
    void aNoticeAndTheTicketsMatterAreStoredAndReadBackOpenThenClosed() {
        QueueEngine hall = engine(store.load(TODAY, COUNTERS));
        TicketView first = hall.issue("B", false, "K1");
        hall.open(3, new StaffRef("1003", "张伟"));
        hall.callNext(3, "1003");
        hall.start(3, "1003");
        String code = hall.finish(3, "1003", new VisitEnd(Outcome.NOTICE, List.of("报关单", "商业发票"), "盖章"))
                .notice().code();
        store.commit(hall.drainEvents());

        // Another seed: the restarted engine's next ticket id must not be the first one's again.
        QueueEngine restarted = new QueueEngine(Halls.demo(), clock, TicketIds.seeded(8), store.load(TODAY, COUNTERS));
        assertThat(restarted.openNotice(code).orElseThrow().materials()).containsExactly("报关单", "商业发票");
        assertThat(store.ticket(first.id()).orElseThrow().matter())
                .isEqualTo(new Matter(3, null, null, Outcome.NOTICE, "盖章", code, null));
        restarted.issueReturn("B", code, "K1");
        restarted.open(4, new StaffRef("1004", "刘洋"));
        restarted.callNext(4, "1004");
        restarted.finish(4, "1004", VisitEnd.DONE);
        store.commit(restarted.drainEvents());

        assertThat(store.notice(code).orElseThrow().closedAs()).isEqualTo(Outcome.DONE);
        assertThat(store.load(TODAY, COUNTERS).openNotices()).isEmpty();
    }

    @Test
    void aTicketIssuedAndChangedInOneBatchIsStoredInItsLatestState() {
        QueueEngine hall = engine(store.load(TODAY, COUNTERS));
        TicketView t = hall.issue("A", false, "K1");
        hall.open(1, new StaffRef("1001", "王芳"));
        hall.callNext(1, "1001");
        hall.finish(1, "1001");
        store.commit(hall.drainEvents());
        assertThat(store.ticket(t.id()).orElseThrow().status()).isEqualTo(TicketStatus.DONE);
    }

    @Test
    void theDatabaseRefusesASecondTicketWithTheSameNumberOnTheSameDay() {
        QueueEngine first = engine(HallRecord.empty());
        first.issue("A", false, "K1");
        store.commit(first.drainEvents());
        QueueEngine forgetful = engine(HallRecord.empty());
        forgetful.issue("A", false, "K1");
        List<HallEvent> duplicate = forgetful.drainEvents().stream()
                .map(e -> new HallEvent(e.seq() + 100, e.type(), e.at(), e.ticket(), e.counter(), e.staffBadge(),
                        e.detail(), e.ticketView(), e.counterView(), e.queue()))
                .toList();
        assertThatThrownBy(() -> store.commit(duplicate)).isInstanceOf(StoreException.class);
        assertThat(events(Instant.EPOCH, Instant.now().plus(Duration.ofDays(3650)))).hasSize(1);
    }

    /** The events of [from, to), gathered from the store's stream. */
    private List<EventRow> events(Instant from, Instant to) {
        List<EventRow> rows = new java.util.ArrayList<>();
        store.events(from, to, rows::add);
        return rows;
    }

    @Test
    void theEventLogIsReadBackInCommitOrderWithinATimeRange() {
        QueueEngine hall = engine(store.load(TODAY, COUNTERS));
        hall.issue("B", false, "K1");
        clock.advance(Duration.ofMinutes(5));
        hall.open(3, new StaffRef("1003", "张伟"));
        hall.callNext(3, "1003");
        store.commit(hall.drainEvents());
        List<EventRow> rows = events(Instant.parse("2026-11-27T01:01:00Z"), Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(rows).extracting(EventRow::type).containsExactly(EventType.COUNTER_OPENED, EventType.TICKET_CALLED);
        assertThat(rows.get(1).counter()).isEqualTo(3);
        assertThat(rows.get(1).service()).isEqualTo("B");
        assertThat(rows.get(1).staffBadge()).isEqualTo("1003");
    }

    @Test
    void openingTheSameDatabaseAgainLeavesTheSchemaAndDataAlone() {
        QueueEngine hall = engine(store.load(TODAY, COUNTERS));
        hall.issue("A", false, "K1");
        store.commit(hall.drainEvents());
        try (HallStore again = HallStore.open(url)) {
            assertThat(again.load(TODAY, COUNTERS).tickets()).hasSize(1);
        }
    }

    @Test
    void aSessionIsFoundByItsTokenHashUntilItIsRevoked() {
        Instant now = Instant.parse("2026-11-27T01:00:00Z");
        store.keepLogin(new AuditEntry(now, "1001", "login", "127.0.0.1"),
                java.util.Optional.of(new StoredSession("h1", "1001", "STAFF", now, now.plus(Duration.ofHours(12)), false)));
        assertThat(store.session("h1")).map(StoredSession::badge).contains("1001");
        store.keepLogout("h1", new AuditEntry(now, "1001", "logout", "127.0.0.1"));
        assertThat(store.session("h1")).map(StoredSession::revoked).contains(true);
        store.forgetExpiredSessions(now.plus(Duration.ofDays(1)));
        assertThat(store.session("h1")).isEmpty();
    }

    @Test
    void signingAMemberOffEndsTheirEarlierLoginsButNotALaterOne() {
        Instant now = Instant.parse("2026-11-27T01:00:00Z");
        store.keepLogin(new AuditEntry(now, "1001", "login", null),
                java.util.Optional.of(new StoredSession("early", "1001", "STAFF", now, now.plus(Duration.ofHours(12)), false)));
        store.revokeSessionsOf("1001", now.plusSeconds(60));
        Instant later = now.plusSeconds(120);
        store.keepLogin(new AuditEntry(later, "1001", "login", null),
                java.util.Optional.of(new StoredSession("late", "1001", "STAFF", later, later.plus(Duration.ofHours(12)), false)));
        assertThat(store.session("early")).map(StoredSession::revoked).contains(true);
        assertThat(store.session("late")).map(StoredSession::revoked).contains(false);
        assertThat(store.audit(now, later.plusSeconds(1))).extracting(AuditEntry::action).containsExactly("login", "login");
    }

    /** A new, empty database for one test. */
    String freshDatabase() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private QueueEngine engine(HallRecord record) {
        return new QueueEngine(Halls.demo(), clock, TicketIds.seeded(7), record);
    }
}
