package com.hallqueue.server.desk;

import com.hallqueue.server.queue.QueueEngine;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** One request to the hall, run on the writer thread and answered after its batch commits. */
class Job<T> {

    final CompletableFuture<T> future = new CompletableFuture<>();
    private final Function<QueueEngine, T> command;
    private T result;
    private RuntimeException refusal;

    Job(Function<QueueEngine, T> command) {
        this.command = command;
    }

    /** Runs the command; a refusal is kept for the answer, anything else is a fault of the batch. */
    void run(QueueEngine engine) {
        try {
            result = command.apply(engine);
        } catch (com.hallqueue.server.queue.Refusal r) {
            refusal = r;
        }
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
}
