package com.hallqueue.server.store;

import com.hallqueue.server.appraisal.Complaint;
import com.hallqueue.server.appraisal.Mark;
import com.hallqueue.server.followup.FollowUp;
import com.hallqueue.server.matters.Notice;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.Ticket;
import com.hallqueue.server.retries.KeptAnswer;
import com.hallqueue.server.retries.RetryKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * The hall's durable state over JDBC: tickets, counters, the event log and staff logins.
 * A batch of events and the rows they change are committed in one transaction.
 *
 * <p>On PostgreSQL several servers may keep the same hall. Each then writes through
 * {@link #write}: under the hall's lock it first takes in what the others committed, then
 * commits its own changes after them, so the event log is one order for every server.
 */
public final class HallStore implements AutoCloseable {

    private final Database db;
    /** The hall's own schema in a deployment of several halls; null for the default one. */
    private final String schema;
    private final boolean ownsDatabase;
    private final TicketRows tickets = new TicketRows();
    private final CounterRows counters = new CounterRows();
    private final EventRows events;
    private final SessionRows sessions = new SessionRows();
    private final AuditRows audit = new AuditRows();
    private final PasswordRows passwords = new PasswordRows();
    private final StaffChangeRows staffChanges = new StaffChangeRows();
    private final PrintRows prints = new PrintRows();
    private final FollowUpRows followUps = new FollowUpRows();
    private final BookingRows bookings = new BookingRows();
    private final NoticeRows notices = new NoticeRows();
    private final FilingRows filings = new FilingRows();
    private final BatchRows batches;
    private final AnswerRows answers = new AnswerRows();
    private final SettingsChangeRows settingsChanges = new SettingsChangeRows();

    /** The write-ahead copy of commits, for a database in a file; null in memory. */
    private final Journal journal;
    /** A batch reached the journal but its database commit failed: the copy is behind. */
    private volatile boolean copyBehind;
    /** Writes take turns ({@link #inTurn}). */
    private final java.util.concurrent.locks.ReentrantLock writing = new java.util.concurrent.locks.ReentrantLock();

    private HallStore(Database db, String schema, boolean ownsDatabase, Journal journal) {
        this.db = db;
        this.schema = schema;
        this.ownsDatabase = ownsDatabase;
        this.journal = journal;
        this.events = new EventRows(db.shared());
        this.batches = new BatchRows(tickets, counters, events, prints, followUps, bookings, notices, filings);
    }

    /** Opens the database at {@code jdbcUrl} for a single hall and brings its schema up to date. */
    public static HallStore open(String jdbcUrl) {
        return open(Database.open(jdbcUrl), jdbcUrl, null, true);
    }

    /** The hall with its own schema {@code schema} in a database that holds several halls. */
    static HallStore open(Database db, String jdbcUrl, String schema, boolean ownsDatabase) {
        if (schema != null) {
            db.createSchema(schema);
        }
        HallStore store = new HallStore(db, schema, ownsDatabase, journalFor(jdbcUrl, schema));
        store.inTransaction(c -> {
            db.lockMigrations(c);
            try {
                new Migrations().apply(c);
            } finally {
                db.unlockMigrations(c);
            }
            return null;
        });
        if (store.journal != null) {
            store.recover(store.journal);
            store.forceDatabase(); // the schema's own changes are in no journal: forced before serving
        }
        return store;
    }

    /**
     * {@code jdbc:h2:file:/data/hallqueue;…} keeps its journal in {@code /data/hallqueue.journal}
     * ({@code hallqueue.<schema>.journal} for one of several halls), on the same file system
     * as the database; a database in memory, on a remote H2 or on PostgreSQL needs none.
     */
    static Journal journalFor(String jdbcUrl, String schema) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return null;
        }
        String path = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (path.startsWith("mem:") || path.startsWith("tcp:") || path.startsWith("ssl:")) {
            return null;
        }
        return Journal.open(path + (schema == null ? "" : "." + schema) + ".journal");
    }

    /** True when other servers may write this hall too, so a server must take in their changes. */
    public boolean shared() {
        return db.shared();
    }

    /** The name other servers of this hall listen on for news of a commit. */
    String channel() {
        return "hallqueue_" + (schema == null ? "hall" : schema);
    }

    public int schemaVersion() {
        return Migrations.latestVersion();
    }

    /** What the engine starts from: live tickets, those of the days from {@code since}, counters. */
    public HallRecord load(LocalDate since, Collection<Integer> counterNumbers) {
        return inTransaction(c -> {
            if (db.shared()) {
                db.lockHall(c); // servers starting together add a new counter's row once
            }
            counters.ensure(c, counterNumbers);
            return new HallRecord(tickets.live(c, since), counters.all(c), events.lastSeq(c),
                    prints.live(c, since), prints.states(c), followUps.open(c), followUps.lastId(c),
                    bookings.from(c, since), notices.open(c));
        });
    }

    /**
     * One write of this server. Under the hall's lock (shared stores only), {@code work} is
     * given what other servers committed after {@code lastSeq} and the answers kept for the
     * batch's retry {@code keys}, found with one query under the lock, and returns this
     * server's batch. The batch is forced to the
     * journal (a file database) before the database commits it; once it is there it is
     * committed whatever the database says, and the database is brought up to date from the
     * journal before the next write.
     */
    public Batch write(long lastSeq, List<RetryKey> keys,
                       BiFunction<List<HallEvent>, Function<RetryKey, Optional<KeptAnswer>>, Batch> work) {
        return inTurn(() -> writeInTurn(lastSeq, keys, work));
    }

    private Batch writeInTurn(long lastSeq, List<RetryKey> keys,
                              BiFunction<List<HallEvent>, Function<RetryKey, Optional<KeptAnswer>>, Batch> work) {
        catchUpFromJournal();
        Batch mine = inTransaction(c -> {
            if (db.shared()) {
                db.lockHall(c);
            }
            // A statement of its own: in READ COMMITTED a statement sees the database as it was
            // when the statement began, so a read in the locking statement itself would miss
            // what the server that held the lock before us committed.
            List<HallEvent> theirs = db.shared() ? events.after(c, lastSeq) : List.of();
            Map<String, KeptAnswer> kept = answers.findAll(c, keys);
            Batch batch = work.apply(theirs, key -> Optional.ofNullable(kept.get(AnswerRows.slot(key))));
            save(c, batch);
            return batch;
        }, this::toJournal);
        if (db.shared() && !mine.events().isEmpty()) {
            ring(); // after the commit, so the lock is not held for it; a lost ring is made up by polling
        }
        checkpointIfLarge();
        return mine;
    }

    private void save(Connection c, Batch batch) throws SQLException {
        if (!batch.events().isEmpty()) {
            batches.save(c, batch.events());
        }
        answers.insert(c, batch.answers());
    }

    /** The durable point of a file database: the batch is on the disk once this returns. */
    private void toJournal(Batch batch) {
        if (journal != null && !batch.isEmpty()) {
            journal.append(batch);
        }
    }

    /** After a commit that failed once the journal held it: the database takes it from there. */
    private void catchUpFromJournal() {
        if (copyBehind) {
            recover(journal);
            copyBehind = false;
        }
    }

    /**
     * Calls {@code onCommit} when another server may have committed to this hall: at once
     * on PostgreSQL's notification, and every half second in case one was missed. Nothing
     * for a store only this server writes.
     */
    public AutoCloseable listen(Runnable onCommit) {
        return listen(onCommit, () -> true);
    }

    /**
     * As {@link #listen(Runnable)}, but the half-second look in case a notification was missed
     * is made only while {@code followed} says someone on this server follows the hall (a
     * screen, a device, the notifier): a hall nobody follows here takes in the others' commits
     * when it is next asked or written to, and costs nothing meanwhile.
     */
    public AutoCloseable listen(Runnable onCommit, java.util.function.BooleanSupplier followed) {
        if (!db.shared()) {
            return () -> { };
        }
        return db.listen(channel(), onCommit, followed);
    }

    private void ring() {
        try {
            db.ring(channel());
        } catch (SQLException e) {
            LoggerFactory.getLogger(HallStore.class).warn("could not tell the other servers of a commit: {}",
                    e.getMessage());
        }
    }

    /** What was committed after {@code lastSeq}, whole and in order; none for a store of one server. */
    public List<HallEvent> committedAfter(long lastSeq) {
        return db.shared() ? inTransaction(c -> events.after(c, lastSeq)) : List.of();
    }

    /**
     * Commits events made outside a write (tests, tools): journaled like any batch, nobody
     * told, and the journal started afresh when it grows large, as after a write. Without
     * that, a tool that wrote a year of days left a journal of gigabytes, which the next
     * start read whole.
     */
    public void commit(List<HallEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        inTurn(() -> inTransaction(c -> {
            batches.save(c, events);
            return new Batch(events, List.of());
        }, this::toJournal));
        checkpointIfLarge();
    }

    /**
     * Commits again what the journal holds beyond the last stored event (commits the copy
     * lost to a crash or a power cut), and the kept answers it lacks. The journal stays: it
     * is only ever shortened by {@link #checkpoint}.
     */
    public void recover(Journal journal) {
        inTurn(() -> recoverInTurn(journal));
    }

    private Object recoverInTurn(Journal journal) {
        List<Batch> written = journal.read();
        return inTransaction(c -> {
            long last = events.lastSeq(c);
            List<HallEvent> missing = written.stream().flatMap(b -> b.events().stream())
                    .filter(e -> e.seq() > last).toList();
            if (!missing.isEmpty()) {
                LoggerFactory.getLogger(HallStore.class).warn("recovering {} committed events from the journal",
                        missing.size());
                batches.save(c, missing);
            }
            answers.insertMissing(c, written.stream().filter(b -> b.events().isEmpty()
                    || b.events().get(b.events().size() - 1).seq() > last).flatMap(b -> b.answers().stream()).toList());
            // In the journal's order, so a logout applied again follows its login.
            staffChanges.apply(c, written.stream().flatMap(b -> b.staff().stream()).toList());
            settingsChanges.applyMissing(c, written.stream().flatMap(b -> b.settings().stream()).toList());
            return null;
        });
    }

    /**
     * On the writer's thread, between writes: commits to the database whatever the journal
     * holds and the database lacks, so that a backup taken next holds every acknowledged change.
     */
    public void catchUpForBackup() {
        catchUpFromJournal();
        // BACKUP TO copies the file, and the file holds what the last checkpoint wrote: between
        // checkpoints the journal, not the file, keeps an acknowledged change. Forced here, on the
        // writer's thread between writes, rather than beside the writer in the backup's own
        // transaction, where a checkpoint racing the writer stalled the hall once under load.
        forceDatabase();
    }

    /**
     * H2's online backup of the whole database file (every hall of a deployment) into
     * {@code zip}: transactionally consistent while others write, as it copies H2's log with it.
     */
    public void backupTo(Path zip) {
        if (journal == null) {
            throw new StoreException("only a hall kept in an H2 file is backed up this way; for PostgreSQL use"
                    + " pg_dump or continuous archiving", null);
        }
        inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return null;
        });
    }

    /** Forces the database to disk (fsync), then starts a new generation of the journal. */
    /** Starts the journal afresh once it is large, after whatever committed to it. */
    private void checkpointIfLarge() {
        if (journal != null && journal.isLarge()) {
            checkpoint();
        }
    }

    private void checkpoint() {
        forceDatabase();
        journal.rotate();
    }

    private void forceDatabase() {
        inTurn(() -> inTransaction(c -> {
            db.checkpointSync(c);
            return null;
        }));
    }

    /**
     * Runs {@code work} in turn with every other write of this store. H2 locks itself up when a
     * commit on one thread fails to write (a full disk, a power cut) while another thread
     * forces the file: the force holds the database's monitor and waits for the store's lock,
     * and the failing commit holds that lock and waits for the monitor to shut the database
     * down. So the writer's batches and checkpoints, logins, and settings changes take turns;
     * reads do not wait for them.
     */
    private <T> T inTurn(java.util.function.Supplier<T> work) {
        writing.lock();
        try {
            return work.get();
        } finally {
            writing.unlock();
        }
    }

    /** Forgets the answers kept for retries longer than the contract promises. */
    public int forgetAnswersBefore(Instant before) {
        return inTurn(() -> inTransaction(c -> answers.forgetBefore(c, before)));
    }

    /** Room left on the disk of a file database, in bytes; empty for a database elsewhere. */
    public java.util.OptionalLong freeDiskBytes() {
        return journal == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(journal.freeBytes());
    }

    /** One round trip to the database, for the readiness check. */
    public void ping() {
        inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
            return null;
        });
    }

    /** Follow-up cases opened in [from, to), open or closed. */
    public List<FollowUp> followUps(Instant from, Instant to) {
        return inTransaction(c -> followUps.openedBetween(c, from, to));
    }

    /** A 一次性告知单 by its code, open or closed. */
    public Optional<Notice> notice(String code) {
        return inTransaction(c -> notices.byCode(c, code).stream().findFirst());
    }

    /** Follow-up cases whose put-right deadline falls in [from, to), open or closed. */
    public List<FollowUp> followUpsDue(Instant from, Instant to) {
        return inTransaction(c -> followUps.dueBetween(c, from, to));
    }

    /** Every appraisal mark of a period, oldest first (the sheet's history). */
    public List<Mark> appraisalMarks(String period) {
        return inTransaction(c -> filings.marks(c, period));
    }

    /** Complaints received or due in [from, to). */
    public List<Complaint> complaints(Instant from, Instant to) {
        return inTransaction(c -> filings.complaints(c, from, to));
    }

    public List<Complaint> openComplaints() {
        return inTransaction(filings::openComplaints);
    }

    public Optional<Complaint> complaint(long id) {
        return inTransaction(c -> filings.complaint(c, id).stream().findFirst());
    }

    public Optional<Ticket> ticket(String id) {
        return inTransaction(c -> tickets.byId(c, id).stream().findFirst());
    }

    /** The number of every ticket of one hall day, by ticket id: a day at a time, however long the report. */
    public Map<String, String> ticketNumbers(LocalDate day) {
        return inTransaction(c -> tickets.numbersOf(c, day));
    }

    /**
     * Hands {@code each} every event of [from, to) in commit order, fetched a few hundred
     * rows at a time, so a report over a year never holds the year in memory.
     */
    public void events(Instant from, Instant to, Consumer<EventRow> each) {
        inTransaction(c -> {
            db.longRead(c);
            events.between(c, from, to, each);
            return null;
        });
    }

    /** A login: the attempt in the audit trail and, when it succeeded, its session; on the disk once this returns. */
    public void keepLogin(AuditEntry attempt, Optional<StoredSession> session) {
        List<StaffChange> changes = new java.util.ArrayList<>();
        changes.add(new StaffChange.Audited(attempt));
        session.ifPresent(x -> changes.add(new StaffChange.LoggedIn(x)));
        keep(changes);
    }

    public Optional<StoredSession> session(String tokenHash) {
        return inTransaction(c -> sessions.find(c, tokenHash));
    }

    /** A logout: the session ended and the audit line, on the disk once this returns. */
    public void keepLogout(String tokenHash, AuditEntry entry) {
        keep(List.of(new StaffChange.LoggedOut(tokenHash), new StaffChange.Audited(entry)));
    }

    public void forgetExpiredSessions(Instant now) {
        inTurn(() -> inTransaction(c -> {
            sessions.deleteExpired(c, now);
            return null;
        }));
    }

    /** A line of the audit trail, on the disk once this returns. */
    public void audit(AuditEntry entry) {
        keep(List.of(new StaffChange.Audited(entry)));
    }

    public List<AuditEntry> audit(Instant from, Instant to) {
        return inTransaction(c -> audit.between(c, from, to));
    }

    /** A stronger hash of {@code badge}'s password, if one was made over the file's hash {@code replaces}. */
    public Optional<String> strongerPassword(String badge, String replaces) {
        return inTransaction(c -> passwords.find(c, badge, replaces));
    }

    public void keepStrongerPassword(String badge, String replaces, String hash) {
        keep(List.of(new StaffChange.Strengthened(badge, replaces, hash)));
    }

    /** Work on the rows of a setting (staff, …), given the transaction's connection. */
    public interface SettingsWork<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * A change of the hall's settings, in one transaction under the hall's lock (so servers
     * sharing the hall make such changes one at a time), on the disk before it returns: for a
     * file database the statements it wrote are journaled and forced before H2 commits them
     * ({@link SettingsChange}), as the hall's own events are.
     */
    public <T> T changeSettings(SettingsWork<T> work) {
        return inTurn(() -> {
            if (journal == null) {
                return inTransaction(c -> {
                    if (db.shared()) {
                        db.lockHall(c);
                    }
                    return work.run(c);
                });
            }
            catchUpFromJournal();
            List<SettingsChange.Written> written = new ArrayList<>();
            List<T> result = new ArrayList<>(1);
            inTransaction(c -> {
                result.add(work.run(RecordingConnection.of(c, written)));
                if (written.isEmpty()) {
                    return Batch.EMPTY;
                }
                long seq = settingsChanges.lastApplied(c) + 1;
                settingsChanges.markApplied(c, seq);
                return Batch.ofSettings(new SettingsChange(seq, written));
            }, this::toJournal);
            return result.get(0);
        });
    }

    /**
     * A change of rows beside the hall's own, in turn with the writer but neither under the
     * hall's lock nor forced: for what is done again after a crash (an outbox's claims).
     */
    public <T> T writeSettings(SettingsWork<T> work) {
        return inTurn(() -> inTransaction(work::run));
    }

    /** The answer kept for a settings request that carried {@code key}, if it was answered. */
    public Optional<KeptAnswer> settingAnswer(RetryKey key) {
        return inTransaction(c -> answers.find(c, key));
    }

    /**
     * Keeps the answer of a settings change for its retries, journaled and forced like the change.
     * Kept just after the change's own commit: a power cut in between leaves the change without
     * its answer, and a retry then meets the change itself (a badge that exists: 409).
     */
    public void keepSettingAnswer(KeptAnswer answer) {
        inTurn(() -> inTransaction(c -> {
            answers.insertMissing(c, List.of(answer));
            return Batch.ofAnswer(answer);
        }, this::toJournal));
    }

    /** A look at the hall's settings, in a transaction of its own. */
    public <T> T readSettings(SettingsWork<T> work) {
        return inTransaction(work::run);
    }

    /** Ends every login of {@code badge} begun until {@code now}: taken off the hall, or given a new password. */
    public void revokeSessionsOf(String badge, Instant now) {
        keep(List.of(new StaffChange.SignedOff(badge, now)));
    }

    /**
     * Staff changes, committed and, for a file database, journaled and forced before the commit
     * like a batch of the hall's events: what a power cut would take is what nobody was told.
     */
    private void keep(List<StaffChange> changes) {
        Batch batch = Batch.ofStaff(changes);
        inTurn(() -> inTransaction(c -> {
            staffChanges.apply(c, changes);
            return batch;
        }, this::toJournal));
    }

    public DataSource dataSource() {
        return db.dataSource();
    }

    @Override
    public void close() {
        try {
            if (journal != null) {
                journal.close();
            }
        } finally {
            if (ownsDatabase) {
                db.close();
            }
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        return inTransaction(work, result -> { });
    }

    /**
     * Runs {@code work} in one transaction and hands its result to {@code beforeCommit}; if
     * that throws, nothing is committed. If the commit itself fails after {@code beforeCommit}
     * made the result durable elsewhere (the journal), the result stands and the database
     * catches up from there on the next write.
     */
    private <T> T inTransaction(Work<T> work, Consumer<T> beforeCommit) {
        try (Connection c = db.dataSource().getConnection()) {
            if (schema != null) {
                c.setSchema(schema);
            }
            c.setAutoCommit(false);
            T result;
            try {
                result = work.run(c);
                beforeCommit.accept(result);
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c);
                throw e;
            }
            commitAfterJournal(c, result);
            return result;
        } catch (SQLException e) {
            throw new StoreException("database: " + e.getMessage(), e);
        }
    }

    private void commitAfterJournal(Connection c, Object result) throws SQLException {
        try {
            c.commit();
        } catch (SQLException e) {
            if (journal == null || !(result instanceof Batch b) || b.isEmpty()) {
                throw e;
            }
            copyBehind = true;
            LoggerFactory.getLogger(HallStore.class).warn("the database did not take a batch the journal holds;"
                    + " it catches up from the journal: {}", e.getMessage());
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the transaction dies with it
        }
    }
}
