package com.hallqueue.printer;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.client.EventFollower;
import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.escpos.EscPosTicket;
import com.hallqueue.hardware.escpos.PrinterStatus;
import com.hallqueue.hardware.link.DeviceLink;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The printer agent of one kiosk. One thread owns the printer, so ticket bytes and status
 * queries never interleave. Pending jobs are fetched from the server on every (re)connect,
 * on every new job announced for this kiosk and every half minute besides; each copy is
 * printed only after the paper checks out, then confirmed. A copy printed but not yet
 * confirmed (server away, agent killed) is remembered on disk ({@link PrintedCopies}) and
 * only confirmed later, never printed again.
 */
public final class PrintAgent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrintAgent.class);
    private static final Duration RESYNC = Duration.ofSeconds(30);

    private final HallClient hall;
    private final String kiosk;
    private final DeviceLink printer;
    private final boolean answersStatus;
    private final Duration poll;
    private final PrintedCopies printedUnconfirmed;
    private final AtomicBoolean resyncQueued = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "print-agent");
        t.setDaemon(true);
        return t;
    });
    private final EventFollower events;
    private volatile PrinterStatus lastStatus;
    private boolean lastWriteFailed;

    /** {@code stateDir} keeps the copies printed but not yet confirmed, across restarts. */
    public PrintAgent(HallClient hall, String kiosk, DeviceLink printer, boolean answersStatus, Duration poll,
            Path stateDir) throws IOException {
        this.printedUnconfirmed = PrintedCopies.in(stateDir, kiosk);
        this.hall = hall;
        this.kiosk = kiosk;
        this.printer = printer;
        this.answersStatus = answersStatus;
        this.poll = poll;
        this.events = new EventFollower(hall, this::onEvent);
    }

    public void start() {
        worker.scheduleWithFixedDelay(this::checkPaper, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        worker.scheduleWithFixedDelay(this::requestResync, RESYNC.toMillis(), RESYNC.toMillis(), TimeUnit.MILLISECONDS);
        events.start();
    }

    private void onEvent(JsonNode message) {
        String type = message.path("type").asText();
        boolean mine = kiosk.equals(message.path("kiosk").asText());
        if (type.equals("snapshot") || (mine && (type.equals("ticket.issued") || type.equals("print.requested")))) {
            requestResync();
        }
    }

    /** Coalesces: a burst of issues while a round runs leads to one more round, not one per ticket. */
    private void requestResync() {
        if (resyncQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                resyncQueued.set(false);
                printPending();
            });
        }
    }

    private void printPending() {
        try {
            JsonNode jobs = hall.get("api/v1/printers/" + kiosk + "/jobs").path("jobs");
            forgetConfirmed(jobs);
            for (JsonNode job : jobs) {
                if (!printedUnconfirmed.contains(keyOf(job)) && !paperReady()) {
                    return;
                }
                printAndConfirm(job);
            }
        } catch (IOException | HallClient.Refused e) {
            LOG.warn("print jobs not fetched or confirmed, will retry: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("print round failed, will retry", e);
        }
    }

    /** Asked before every copy: a printer out of paper may swallow a ticket without a word. */
    private boolean paperReady() {
        PrinterStatus status = currentStatus();
        report(status);
        return status.canPrint();
    }

    /** A remembered copy the server no longer lists was confirmed after all (or its ticket left the queue). */
    private void forgetConfirmed(JsonNode jobs) throws IOException {
        Set<String> pending = new HashSet<>();
        jobs.forEach(j -> pending.add(keyOf(j)));
        printedUnconfirmed.retainOnly(pending);
    }

    private void printAndConfirm(JsonNode job) throws IOException, HallClient.Refused {
        String ticketId = job.path("ticketId").asText();
        int copy = job.path("copy").asInt();
        String key = keyOf(job);
        if (!printedUnconfirmed.contains(key)) {
            print(job);
            remember(key);
            LOG.info("printed ticket {} (copy {})", job.path("number").asText(), copy);
        }
        try {
            hall.post("api/v1/printers/" + kiosk + "/jobs/" + ticketId + "/printed", Map.of("copy", copy),
                    "printed-" + ticketId + "-" + copy);
        } catch (HallClient.Refused r) {
            if (r.status >= 500 || r.status == 429) {
                throw r;
            }
            LOG.warn("confirmation of {} refused ({}); not printing it again", key, r.getMessage());
        }
        printedUnconfirmed.remove(key);
    }

    private static String keyOf(JsonNode job) {
        return PrintedCopies.key(job.path("ticketId").asText(), job.path("copy").asInt());
    }

    /** The ticket is on paper whatever the disk says: a failed write still keeps it in memory. */
    private void remember(String key) {
        try {
            printedUnconfirmed.add(key);
        } catch (IOException e) {
            LOG.error("cannot record printed copy {} in {}: a restart now would print it again", key,
                    printedUnconfirmed.path(), e);
        }
    }

    private void print(JsonNode job) throws IOException {
        try {
            printer.write(EscPosTicket.encode(JobTicket.of(job, hall.server())));
            lastWriteFailed = false;
        } catch (IOException e) {
            lastWriteFailed = true;
            report(PrinterStatus.OFFLINE);
            throw e;
        }
    }

    private void checkPaper() {
        try {
            report(currentStatus());
        } catch (RuntimeException e) {
            LOG.error("paper check failed", e);
        }
    }

    private PrinterStatus currentStatus() {
        if (answersStatus) {
            return PaperCheck.ask(printer);
        }
        return lastWriteFailed ? PrinterStatus.OFFLINE : PrinterStatus.OK;
    }

    /** Sent every poll: it is the agent's heartbeat too; the server announces changes only. */
    private void report(PrinterStatus status) {
        PrinterStatus before = lastStatus;
        lastStatus = status;
        if (before != status) {
            LOG.info("printer of kiosk {}: {}", kiosk, status);
        }
        if (before != null && !before.canPrint() && status.canPrint()) {
            requestResync();
        }
        try {
            hall.post("api/v1/printers/" + kiosk + "/status", Map.of("status", PaperCheck.forServer(status)));
        } catch (IOException | HallClient.Refused e) {
            LOG.debug("status not reported: {}", e.getMessage());
        }
    }

    public PrinterStatus lastStatus() {
        return lastStatus;
    }

    @Override
    public void close() {
        events.close();
        worker.shutdownNow();
        try {
            worker.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        printer.close();
    }
}
