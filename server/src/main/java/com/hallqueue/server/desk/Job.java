package com.hallqueue.server.desk;

import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.retries.Answer;
import com.hallqueue.server.retries.KeptAnswer;
import com.hallqueue.server.retries.KeyReused;
import com.hallqueue.server.retries.RetryKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One request to the hall, run on the writer thread and answered after its batch commits.
 * A request with a retry key that was answered before is not run again: it gets the kept
 * answer. A new one's answer is kept with the batch.
 */
class Job<T> {

    final CompletableFuture<T> future = new CompletableFuture<>();
    private final Function<QueueEngine, T> command;
    private final RetryKey retryKey;
    private T result;
    private RuntimeException refusal;

    Job(Function<QueueEngine, T> command) {
        this(command, null);
    }

    /** The request's retry key, or null when it carries none. */
    RetryKey retryKey() {
        return retryKey;
    }

    Job(Function<QueueEngine, T> command, RetryKey retryKey) {
        this.command = command;
        this.retryKey = retryKey;
    }

    /** Runs a command that keeps no answer: a read. */
    void run(QueueEngine engine) {
        run(engine, key -> Optional.empty(), List.of()); // no key, so nothing is ever kept
    }

    /** Runs the command; a refusal is kept for the answer, anything else is a fault of the batch. */
    void run(QueueEngine engine, Function<RetryKey, Optional<KeptAnswer>> kept, List<KeptAnswer> toKeep) {
        try {
            if (retryKey != null && replayed(kept.apply(retryKey))) {
                return;
            }
            result = command.apply(engine);
            if (retryKey != null && result instanceof Answer a && a.statusCode() < 300) {
                toKeep.add(KeptAnswer.of(retryKey, a, engine.hallTime().toInstant()));
            }
        } catch (Refusal r) {
            refusal = r;
        }
    }

    @SuppressWarnings("unchecked")
    private boolean replayed(Optional<KeptAnswer> first) {
        if (first.isEmpty()) {
            return false;
        }
        if (!first.get().key().requestHash().equals(retryKey.requestHash())) {
            refusal = new KeyReused();
        } else {
            result = (T) first.get();
        }
        return true;
    }

    /** Called after the batch is durable. */
    void answer() {
        if (refusal != null) {
            future.completeExceptionally(refusal);
        } else {
            future.complete(result);
        }
    }

    void fail(Throwable cause) {
        future.completeExceptionally(cause);
    }

    T result() {
        return result;
    }

    /** True for a job that records no change (a read, a catch-up, a screen joining): it needs no write lock. */
    boolean readOnly() {
        return false;
    }

    /** True for a read of the hall as this server has it, without taking in other servers' commits. */
    boolean peeks() {
        return false;
    }
}
