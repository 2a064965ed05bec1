package com.hallqueue.server.desk;

import com.hallqueue.server.events.EventHub;
import com.hallqueue.server.events.Snapshot;
import com.hallqueue.server.events.Subscriber;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.retries.Answer;
import com.hallqueue.server.retries.KeptAnswer;
import com.hallqueue.server.retries.RetryKey;
import com.hallqueue.server.store.Batch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the hall changes. Requests queue here and one thread runs them against the
 * engine in order, commits the changes of a whole batch in one transaction (group commit),
 * and only then answers the requests and tells the subscribers. So every answer and every
 * event is durable, and the event stream is the commit order.
 *
 * <p>No single fault stops the hall. If a batch fails, nothing of it is answered as done:
 * the engine is rebuilt from the store, which holds exactly what was committed, and when
 * the fault may lie with one request the batch is run again request by request, so that
 * request fails alone. While the store cannot be reached, requests are refused at once
 * (503) and the desk keeps trying; {@link #health} says so. The thread itself catches every
 * fault and carries on.
 *
 * <p>When other servers keep the same hall, each batch first takes in what they committed,
 * under the hall's lock in the database, and their changes go to this server's screens
 * before its own; {@link #catchUp} does the same between batches, when told of a commit.
 *
 * <p>Futures complete on the desk's thread: attach async callbacks.
 */
public final class HallDesk implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HallDesk.class);
    private static final int MAX_BATCH = 256;
    private static final int MAX_WAITING_JOBS = 20_000;

    private final BlockingQueue<Job<?>> jobs = new ArrayBlockingQueue<>(MAX_WAITING_JOBS);
    private final Supplier<QueueEngine> rebuild;
    private final Ledger ledger;
    private final EventHub hub;
    private final Thread thread;
    private final Heartbeat heartbeat = new Heartbeat();
    private volatile boolean running = true;
    private QueueEngine engine;
    private volatile Consequences consequences = Consequences.NONE;
    /** The last event given to the subscribers. */
    private long published;

    /** Where the hall's changes are kept durably. */
    public interface Ledger {
        /**
         * One write: {@code work} is handed what other servers committed after {@code lastSeq}
         * and the answers kept for the batch's retry {@code keys} (looked up together), and
         * returns this server's batch, which is committed before this returns, or it throws.
         */
        Batch write(long lastSeq, List<RetryKey> keys,
                    BiFunction<List<HallEvent>, Function<RetryKey, Optional<KeptAnswer>>, Batch> work);

        /** What other servers committed after {@code lastSeq}; none when this server keeps the hall alone. */
        List<HallEvent> committedAfter(long lastSeq);
    }

    public HallDesk(Supplier<QueueEngine> rebuild, Ledger ledger, EventHub hub) {
        this.rebuild = rebuild;
        this.ledger = ledger;
        this.hub = hub;
        this.engine = rebuild.get();
        this.published = engine.lastSeq();
        this.thread = new Thread(this::loop, "hall-desk");
        this.thread.start();
    }

    /** From now on, {@code c} follows every batch and its changes are committed with the batch's. */
    public void followWith(Consequences c) {
        this.consequences = c;
    }

    /** Runs {@code command} on the hall; the answer comes once its changes are committed. */
    public <T> CompletableFuture<T> ask(Function<QueueEngine, T> command) {
        return enqueue(new Job<>(command));
    }

    /**
     * Runs {@code command} once for {@code key}: if a request with the same key was answered
     * before, its kept answer comes back instead (a {@link KeptAnswer}); the same key with
     * another request fails with {@link com.hallqueue.server.retries.KeyReused}.
     */
    public CompletableFuture<Answer> askOnce(RetryKey key, Function<QueueEngine, ? extends Answer> command) {
        return enqueue(new Job<Answer>(command::apply, key));
    }

    /**
     * Runs {@code query}, which must record no change, and answers it without the hall's
     * write lock: on a shared database a read never waits for another server's write.
     */
    public <T> CompletableFuture<T> read(Function<QueueEngine, T> query) {
        return enqueue(new Read<>(query));
    }

    /**
     * Runs {@code query}, which must record no change, on the hall as this server has it, without
     * first taking in other servers' commits: for the hall's chores to see whether anything is due
     * before they ask for a write, which on a shared database takes the hall's lock.
     */
    public <T> CompletableFuture<T> peek(Function<QueueEngine, T> query) {
        return enqueue(new Peek<>(query));
    }

    /** Sends {@code s} a snapshot, then every event committed after it. */
    public CompletableFuture<Snapshot> follow(Subscriber s) {
        return enqueue(new FollowJob(s, hub));
    }

    /** Whether anyone on this server follows the hall's events: a subscriber, or consequences such as the notifier's. */
    public boolean isFollowed() {
        return hub.size() > 0 || consequences != Consequences.NONE;
    }

    /** Takes in and publishes what other servers of the hall have committed. */
    public CompletableFuture<Object> catchUp() {
        return enqueue(new CatchUp());
    }

    /** Whether the writer runs and can save; for the readiness check. */
    public Heartbeat.Reading health() {
        return heartbeat.read(thread.isAlive());
    }

    private <T> CompletableFuture<T> enqueue(Job<T> job) {
        if (!running) {
            job.fail(new DeskUnavailable("the hall is shutting down"));
        } else if (heartbeat.storeDown() != null) {
            job.fail(new DeskUnavailable("the hall cannot save changes just now (" + heartbeat.storeDown()
                    + "); try again shortly"));
        } else if (!jobs.offer(job)) {
            job.fail(new DeskUnavailable("the hall is busy, try again"));
        }
        return job.future;
    }

    private void loop() {
        List<Job<?>> batch = new ArrayList<>(MAX_BATCH);
        while (running || !jobs.isEmpty()) {
            heartbeat.beat();
            try {
                Job<?> first = jobs.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                jobs.drainTo(batch, MAX_BATCH - 1);
                List<Job<?>> writes = answerReads(batch);
                if (!writes.isEmpty()) {
                    runBatch(writes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable t) {
                LOG.error("the hall's writer met a fault and carries on", t);
                batch.forEach(job -> job.fail(new DeskUnavailable("the change could not be saved, try again")));
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Runs and answers the batch's reads first, after taking in what other servers committed
     * but outside the hall's write lock, and returns the jobs that may change the hall. A
     * read may be answered before writes queued with it: none of those was answered yet.
     */
    private List<Job<?>> answerReads(List<Job<?>> batch) {
        List<Job<?>> reads = batch.stream().filter(Job::readOnly).toList();
        if (reads.isEmpty() || engine.dayHasEnded()) {
            return batch; // a new hall day is first ended by a write, so no read shows yesterday's queue
        }
        List<HallEvent> theirs = new ArrayList<>();
        try {
            if (!reads.stream().allMatch(Job::peeks)) {
                theirs.addAll(engine.takeIn(ledger.committedAfter(engine.lastSeq())));
            }
            reads.forEach(job -> job.run(engine));
            if (!engine.drainEvents().isEmpty()) {
                throw new IllegalStateException("a read recorded a change");
            }
        } catch (Throwable e) {
            LOG.error("{} reads failed; restoring the hall from the store", reads.size(), e);
            reads.forEach(job -> job.fail(new DeskUnavailable("the hall could not be read, try again")));
            publish(theirs);
            restoreEngine();
            return batch.stream().filter(job -> !job.readOnly()).toList();
        }
        publish(theirs);
        reads.forEach(Job::answer);
        return batch.stream().filter(job -> !job.readOnly()).toList();
    }

    private void runBatch(List<Job<?>> batch) {
        List<HallEvent> theirs = new ArrayList<>();
        try {
            List<HallEvent> ours = commit(batch, theirs);
            answerAll(batch);
            publish(theirs);
            publish(ours);
        } catch (Throwable t) {
            publish(theirs);
            recoverFrom(batch, t);
        }
    }

    /** Runs the batch on the engine and commits it; returns this server's events. */
    private List<HallEvent> commit(List<Job<?>> batch, List<HallEvent> theirs) {
        List<RetryKey> keys = batch.stream().map(Job::retryKey).filter(java.util.Objects::nonNull).toList();
        return ledger.write(engine.lastSeq(), keys, (committed, kept) -> {
            List<HallEvent> taken = engine.takeIn(committed);
            theirs.addAll(taken);
            engine.expireEndedDays();
            List<KeptAnswer> answers = new ArrayList<>();
            batch.forEach(job -> job.run(engine, kept, answers));
            List<HallEvent> ours = new ArrayList<>(engine.drainEvents());
            follow(taken, ours);
            ours.addAll(engine.drainEvents());
            return new Batch(ours, answers);
        }).events();
    }

    /** A fault in what follows is logged, never the batch's: the hall goes on without it. */
    private void follow(List<HallEvent> taken, List<HallEvent> ours) {
        if (taken.isEmpty() && ours.isEmpty()) {
            return;
        }
        List<HallEvent> changes = new ArrayList<>(taken);
        changes.addAll(ours);
        try {
            consequences.follow(engine, changes);
        } catch (RuntimeException e) {
            LOG.error("what follows from a batch could not be decided; the batch goes on without it", e);
        }
    }

    /**
     * Nothing of a failed batch was committed. The engine is rebuilt from the store; a fault
     * that may be one request's is narrowed down by running the batch again request by
     * request, and a store that cannot be reached refuses everything until it comes back.
     */
    private void recoverFrom(List<Job<?>> batch, Throwable fault) {
        boolean storeDown = Faults.storeUnreachable(fault);
        LOG.error("a batch of {} requests was not committed{}", batch.size(),
                storeDown ? "; the store cannot be reached" : "", fault);
        if (storeDown) {
            batch.forEach(job -> job.fail(new DeskUnavailable("the change could not be saved, try again")));
            heartbeat.storeDown(Faults.describe(fault));
            failQueued();
            restoreEngine();
            return;
        }
        restoreEngine();
        if (batch.size() == 1) {
            batch.get(0).fail(Faults.answerFor(fault));
            return;
        }
        batch.forEach(this::runAlone);
    }

    private void runAlone(Job<?> job) {
        List<HallEvent> theirs = new ArrayList<>();
        try {
            List<HallEvent> ours = commit(List.of(job), theirs);
            answerAll(List.of(job));
            publish(theirs);
            publish(ours);
        } catch (Throwable t) {
            LOG.error("a request failed alone and was not committed", t);
            publish(theirs);
            job.fail(Faults.answerFor(t));
            restoreEngine();
        }
    }

    /** While the store is down, what waits would only wait longer: it is refused at once. */
    private void failQueued() {
        List<Job<?>> queued = new ArrayList<>();
        jobs.drainTo(queued);
        queued.forEach(job -> job.fail(new DeskUnavailable("the hall cannot save changes just now; try again")));
    }

    private void answerAll(List<Job<?>> batch) {
        for (Job<?> job : batch) {
            try {
                job.answer();
            } catch (RuntimeException e) {
                LOG.warn("could not hand over an answer", e);
            }
        }
    }

    private void publish(List<HallEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        published = events.get(events.size() - 1).seq();
        try {
            hub.publish(events);
        } catch (RuntimeException e) {
            LOG.error("screens may have missed changes; they resync when they reconnect", e);
        }
    }

    private void restoreEngine() {
        LOG.warn("restoring the hall from the store");
        engine = restore();
        heartbeat.storeDown(null);
        publishMissed();
    }

    /** After a rebuild, the changes other servers committed that the screens were not yet told. */
    private void publishMissed() {
        try {
            long upTo = engine.lastSeq();
            publish(engine.describe(ledger.committedAfter(published).stream().filter(e -> e.seq() <= upTo).toList()));
        } catch (RuntimeException e) {
            LOG.error("screens may have missed changes from other servers; they resync when they reconnect", e);
        }
    }

    /** Rebuilds the engine from the store, waiting for the database to come back if it must. */
    private QueueEngine restore() {
        for (long backoff = 100; ; backoff = Math.min(backoff * 2, 5_000)) {
            heartbeat.beat();
            if (!running) {
                return engine; // shutting down: nothing will run on it
            }
            try {
                return rebuild.get();
            } catch (RuntimeException e) {
                heartbeat.storeDown(Faults.describe(e));
                LOG.error("cannot restore the hall from the store; retrying in {} ms", backoff, e);
                failQueued();
                sleep(backoff);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Nothing to run: only takes in other servers' commits. */
    private static final class CatchUp extends Job<Object> {
        CatchUp() {
            super(e -> null);
        }

        @Override
        boolean readOnly() {
            return true;
        }
    }

    private static final class Read<T> extends Job<T> {
        Read(Function<QueueEngine, T> query) {
            super(query);
        }

        @Override
        boolean readOnly() {
            return true;
        }
    }

    /** A read of the hall as this server has it, without taking in other servers' commits. */
    private static final class Peek<T> extends Job<T> {
        Peek(Function<QueueEngine, T> query) {
            super(query);
        }

        @Override
        boolean readOnly() {
            return true;
        }

        @Override
        boolean peeks() {
            return true;
        }
    }

    /** A subscription: the snapshot is taken in commit order, delivered after the batch commits. */
    private static final class FollowJob extends Job<Snapshot> {
        private final Subscriber subscriber;
        private final EventHub hub;

        FollowJob(Subscriber subscriber, EventHub hub) {
            super(e -> new Snapshot(e.lastSeq(), e.counters(), e.queue(), e.recentCalls(), e.printers()));
            this.subscriber = subscriber;
            this.hub = hub;
        }

        @Override
        boolean readOnly() {
            return true;
        }

        @Override
        void answer() {
            Snapshot s = result();
            subscriber.snapshot(s);
            hub.join(subscriber, s.seq());
            super.answer();
        }
    }
}
