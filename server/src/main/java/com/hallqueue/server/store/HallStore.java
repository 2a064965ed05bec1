package com.hallqueue.server.store;

import com.hallqueue.server.followup.FollowUp;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.HallRecord;
import com.hallqueue.server.queue.Ticket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
    private final EventRows events = new EventRows();
    private final SessionRows sessions = new SessionRows();
    private final AuditRows audit = new AuditRows();
    private final PasswordRows passwords = new PasswordRows();
    private final PrintRows prints = new PrintRows();
    private final FollowUpRows followUps = new FollowUpRows();
    private final BookingRows bookings = new BookingRows();
    private final BatchRows batches = new BatchRows(tickets, counters, events, prints, followUps, bookings);

    /** The write-ahead copy of commits, for a database in a file; null in memory. */
    private final Journal journal;

    private HallStore(Database db, String schema, boolean ownsDatabase, Journal journal) {
        this.db = db;
        this.schema = schema;
        this.ownsDatabase = ownsDatabase;
        this.journal = journal;
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
        }
        return store;
    }

    /**
     * {@code jdbc:h2:file:/data/hallqueue;…} keeps its journal in {@code /data/hallqueue.journal}
     * ({@code hallqueue.<schema>.journal} for one of several halls); PostgreSQL needs none.
     */
    private static Journal journalFor(String jdbcUrl, String schema) {
        if (!jdbcUrl.startsWith("jdbc:h2:file:")) {
            return null;
        }
        String path = jdbcUrl.substring("jdbc:h2:file:".length()).split(";", 2)[0];
        return Journal.open(java.nio.file.Path.of(path + (schema == null ? "" : "." + schema) + ".journal"));
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
                    bookings.from(c, since));
        });
    }

    /**
     * One write of this server. Under the hall's lock (shared stores only), {@code work} is
     * given what other servers committed after {@code lastSeq} and returns this server's new
     * events, which are committed with the rows they change before the lock is let go.
     */
    public List<HallEvent> write(long lastSeq, java.util.function.UnaryOperator<List<HallEvent>> work) {
        if (!db.shared()) {
            List<HallEvent> ours = work.apply(List.of());
            commit(ours);
            return ours;
        }
        List<HallEvent> ours = inTransaction(c -> {
            db.lockHall(c);
            // A statement of its own: in READ COMMITTED a statement sees the database as it was
            // when the statement began, so a read in the locking statement itself would miss
            // what the server that held the lock before us committed.
            List<HallEvent> mine = work.apply(events.after(c, lastSeq));
            if (!mine.isEmpty()) {
                batches.save(c, mine);
            }
            return mine;
        });
        if (!ours.isEmpty()) {
            ring(); // after the commit, so the lock is not held for it; a lost ring is made up by polling
        }
        return ours;
    }

    /**
     * Calls {@code onCommit} when another server may have committed to this hall: at once
     * on PostgreSQL's notification, and every half second in case one was missed. Nothing
     * for a store only this server writes.
     */
    public AutoCloseable listen(Runnable onCommit) {
        if (!db.shared()) {
            return () -> { };
        }
        return db.listen(channel(), onCommit);
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

    /** Commits the events and the latest state of every ticket and counter they touched, atomically. */
    private void commitToDatabase(List<HallEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        inTransaction(c -> {
            batches.save(c, batch);
            return null;
        });
    }

    /** Commits a batch and, for a file database, copies it to the journal before anyone is told. */
    public void commit(List<HallEvent> batch) {
        commitToDatabase(batch);
        if (journal != null && !batch.isEmpty()) {
            journal.append(batch);
            if (journal.isLarge()) {
                forceToDisk(journal);
            }
        }
    }

    /**
     * Commits again what the journal holds beyond the last stored event (commits H2 lost to
     * a kill), forces the database to disk, and starts the journal afresh.
     */
    public void recover(Journal journal) {
        long last = inTransaction(events::lastSeq);
        List<HallEvent> missing = journal.read().stream().filter(e -> e.seq() > last).toList();
        if (!missing.isEmpty()) {
            LoggerFactory.getLogger(HallStore.class).warn("recovering {} committed events from the journal",
                    missing.size());
            commitToDatabase(missing);
        }
        forceToDisk(journal);
    }

    /** Writes the database to disk (fsync), then empties the journal that covered it. */
    public void forceToDisk(Journal journal) {
        inTransaction(c -> {
            db.checkpointSync(c);
            return null;
        });
        journal.reset();
    }

    /** Follow-up cases opened in [from, to), open or closed. */
    public List<FollowUp> followUps(Instant from, Instant to) {
        return inTransaction(c -> followUps.openedBetween(c, from, to));
    }

    public Optional<Ticket> ticket(String id) {
        return inTransaction(c -> tickets.byId(c, id).stream().findFirst());
    }

    /** Every ticket of the hall days {@code from} to {@code to}, both included. */
    public List<Ticket> tickets(LocalDate from, LocalDate to) {
        return inTransaction(c -> tickets.ofDays(c, from, to));
    }

    public List<EventRow> events(Instant from, Instant to) {
        return inTransaction(c -> events.between(c, from, to));
    }

    public void saveSession(StoredSession s) {
        inTransaction(c -> {
            sessions.insert(c, s);
            return null;
        });
    }

    public Optional<StoredSession> session(String tokenHash) {
        return inTransaction(c -> sessions.find(c, tokenHash));
    }

    public void revokeSession(String tokenHash) {
        inTransaction(c -> {
            sessions.revoke(c, tokenHash);
            return null;
        });
    }

    public void forgetExpiredSessions(Instant now) {
        inTransaction(c -> {
            sessions.deleteExpired(c, now);
            return null;
        });
    }

    public void audit(AuditEntry entry) {
        inTransaction(c -> {
            audit.insert(c, entry);
            return null;
        });
    }

    public List<AuditEntry> audit(Instant from, Instant to) {
        return inTransaction(c -> audit.between(c, from, to));
    }

    /** A stronger hash of {@code badge}'s password, if one was made over the file's hash {@code replaces}. */
    public Optional<String> strongerPassword(String badge, String replaces) {
        return inTransaction(c -> passwords.find(c, badge, replaces));
    }

    public void keepStrongerPassword(String badge, String replaces, String hash) {
        inTransaction(c -> {
            passwords.save(c, badge, replaces, hash);
            return null;
        });
    }

    public DataSource dataSource() {
        return db.dataSource();
    }

    @Override
    public void close() {
        if (journal != null) {
            forceToDisk(journal);
            journal.close();
        }
        if (ownsDatabase) {
            db.close();
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = db.dataSource().getConnection()) {
            if (schema != null) {
                c.setSchema(schema);
            }
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database: " + e.getMessage(), e);
        }
    }
}
