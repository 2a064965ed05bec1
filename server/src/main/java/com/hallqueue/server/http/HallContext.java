package com.hallqueue.server.http;

import com.hallqueue.server.access.Authenticator;
import com.hallqueue.server.access.StaffSessions;
import com.hallqueue.server.appointments.SlotCapacity;
import com.hallqueue.server.appraisal.Appraisal;
import com.hallqueue.server.appraisal.Appraisee;
import com.hallqueue.server.calendar.HallCalendar;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.desk.HallDesk;
import com.hallqueue.server.metrics.Metrics;
import com.hallqueue.server.broadcast.EmergencyBroadcast;
import com.hallqueue.server.bulletin.BulletinBoard;
import com.hallqueue.server.notify.Notifications;
import com.hallqueue.server.queue.QueueEngine;
import com.hallqueue.server.staff.StaffRoll;
import com.hallqueue.server.staffing.StaffingAdvice;
import com.hallqueue.server.stats.StatsReport;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.voice.Announcements;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the HTTP layer works with, built once at start and handed to the routes. {@link
 * #ask} runs a command on the hall and continues on a worker thread, never on the hall's.
 * {@code basePath} is where the hall's pages are, empty for a server's home hall.
 */
public record HallContext(HallConfig config, HallDesk desk, HallStore store, StaffSessions sessions,
                          Authenticator authenticator, StatsReport stats, StaffingAdvice staffing, Metrics metrics,
                          Executor workers, Announcements announcements, EventJson eventJson, String basePath,
                          Retries retries, StaffRoll staff, HallCalendar calendar, BulletinBoard bulletins,
                          SlotCapacity capacity, EmergencyBroadcast broadcast, Notifications notifications) {

    public HallContext(HallConfig config, HallDesk desk, HallStore store, StaffRoll staff, HallCalendar calendar,
                       BulletinBoard bulletins, SlotCapacity capacity, EmergencyBroadcast broadcast,
                       Authenticator authenticator, StatsReport stats, StaffingAdvice staffing, Metrics metrics,
                       Executor workers, Announcements announcements, Notifications notifications) {
        this(config, desk, store, staff.sessions(), authenticator, stats, staffing, metrics, workers, announcements,
                new EventJson(config, staff::nameOf), "", new Retries(), staff, calendar, bulletins, capacity, broadcast,
                notifications);
    }

    /** The same hall served under {@code basePath} ({@code /halls/<id>}), so its links point there. */
    public HallContext under(String basePath) {
        return new HallContext(config, desk, store, sessions, authenticator, stats, staffing, metrics, workers,
                announcements, eventJson, basePath, retries, staff, calendar, bulletins, capacity, broadcast,
                notifications);
    }

    public <T> CompletableFuture<T> ask(Function<QueueEngine, T> command) {
        return desk.ask(command).thenApplyAsync(Function.identity(), this::onWorker);
    }

    /**
     * A change a client may send again ({@code Idempotency-Key}): with a key, the answer is
     * made on the hall's thread and kept in the same commit, and a retry gets it back; without
     * one, as {@link #ask}.
     */
    public <T> CompletableFuture<Response> change(Request r, Function<QueueEngine, T> command, Function<T, Response> answer) {
        if (r.idempotencyKey() == null) {
            return ask(command).thenApply(answer);
        }
        return retries.once(desk, r, e -> answer.apply(command.apply(e)))
                .thenApplyAsync(Function.identity(), this::onWorker);
    }

    /**
     * A settings change (staff, calendar, bulletins, slot capacity), written beside the hall's
     * desk in a transaction of its own, that a client may send again: with a key, its answer is
     * kept and a retry gets it back; without one, just run.
     */
    public CompletableFuture<Response> setting(Request r, Supplier<CompletableFuture<Response>> change) {
        return r.idempotencyKey() == null ? change.get() : retries.onceBeside(store, r, change);
    }

    /** A look at the hall that changes nothing: never waits for the hall's write lock. */
    public <T> CompletableFuture<T> read(Function<QueueEngine, T> query) {
        return desk.read(query).thenApplyAsync(Function.identity(), this::onWorker);
    }

    /** Continues on a worker; while shutting down, when workers take no more, right here. */
    private void onWorker(Runnable r) {
        try {
            workers.execute(r);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            r.run();
        }
    }

    /** The hall's appraisal sheets, over its STAFF members as they are now (managers' live changes included). */
    public Appraisal appraisal() {
        return new Appraisal(config, store, stats, () -> staff.members().stream()
                .filter(m -> "STAFF".equals(m.role())).map(m -> new Appraisee(m.badge(), m.name())).toList());
    }
}
