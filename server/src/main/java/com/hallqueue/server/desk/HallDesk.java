package com.hallqueue.server.desk;

import com.hallqueue.server.events.EventHub;
import com.hallqueue.server.events.Snapshot;
import com.hallqueue.server.events.Subscriber;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.QueueEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the hall changes. Requests queue here and one thread runs them against the
 * engine in order, commits the changes of a whole batch in one transaction (group commit),
 * and only then answers the requests and tells the subscribers. So every answer and every
 * event is durable, and the event stream is the commit order.
 *
 * <p>If a commit fails, or a command breaks unexpectedly, nothing of the batch is answered
 * as done: the engine is rebuilt from the store, which holds exactly what was committed.
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
    private volatile boolean running = true;
    private QueueEngine engine;
    /** The last event given to the subscribers. */
    private long published;

    /** Where the hall's changes are kept durably. */
    public interface Ledger {
        /**
         * One write: {@code work} is handed what other servers committed after {@code lastSeq}
         * and returns this server's events, which are committed before this returns, or it throws.
         */
        List<HallEvent> write(long lastSeq, UnaryOperator<List<HallEvent>> work);

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

    /** Runs {@code command} on the hall; the answer comes once its changes are committed. */
    public <T> CompletableFuture<T> ask(Function<QueueEngine, T> command) {
        return enqueue(new Job<>(command));
    }

    /**
     * Runs {@code query}, which must record no change, and answers it without the hall's
     * write lock: on a shared database a read never waits for another server's write.
     */
    public <T> CompletableFuture<T> read(Function<QueueEngine, T> query) {
        return enqueue(new Read<>(query));
    }

    /** Sends {@code s} a snapshot, then every event committed after it. */
    public CompletableFuture<Snapshot> follow(Subscriber s) {
        return enqueue(new FollowJob(s, hub));
    }

    /** Takes in and publishes what other servers of the hall have committed. */
    public CompletableFuture<Object> catchUp() {
        return enqueue(new CatchUp());
    }

    private <T> CompletableFuture<T> enqueue(Job<T> job) {
        if (!running || !jobs.offer(job)) {
            job.fail(new DeskUnavailable(running ? "the hall is busy, try again" : "the hall is shutting down"));
        }
        return job.future;
    }

    private void loop() {
        List<Job<?>> batch = new ArrayList<>(MAX_BATCH);
        while (running || !jobs.isEmpty()) {
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
        if (reads.isEmpty()) {
            return batch;
        }
        List<HallEvent> theirs = new ArrayList<>();
        try {
            theirs.addAll(engine.takeIn(ledger.committedAfter(engine.lastSeq())));
            reads.forEach(job -> job.run(engine));
            if (!engine.drainEvents().isEmpty()) {
                throw new IllegalStateException("a read recorded a change");
            }
        } catch (RuntimeException e) {
            LOG.error("{} reads failed; restoring the hall from the store", reads.size(), e);
            reads.forEach(job -> job.fail(new DeskUnavailable("the hall could not be read, try again")));
            publish(theirs);
            engine = restore();
            publishMissed();
            return batch.stream().filter(job -> !job.readOnly()).toList();
        }
        publish(theirs);
        reads.forEach(Job::answer);
        return batch.stream().filter(job -> !job.readOnly()).toList();
    }

    private void runBatch(List<Job<?>> batch) {
        List<HallEvent> theirs = new ArrayList<>();
        List<HallEvent> ours;
        try {
            ours = ledger.write(engine.lastSeq(), committed -> {
                theirs.addAll(engine.takeIn(committed));
                batch.forEach(job -> job.run(engine));
                return engine.drainEvents();
            });
        } catch (RuntimeException e) {
            LOG.error("a batch of {} requests was not committed; restoring the hall from the store", batch.size(), e);
            batch.forEach(job -> job.fail(new DeskUnavailable("the change could not be saved, try again")));
            publish(theirs);
            engine = restore();
            publishMissed();
            return;
        }
        batch.forEach(Job::answer);
        publish(theirs);
        publish(ours);
    }

    private void publish(List<HallEvent> events) {
        if (!events.isEmpty()) {
            hub.publish(events);
            published = events.get(events.size() - 1).seq();
        }
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
            try {
                return rebuild.get();
            } catch (RuntimeException e) {
                LOG.error("cannot restore the hall from the store; retrying in {} ms", backoff, e);
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
