package com.hallqueue.server.printing;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import com.hallqueue.server.queue.QueueEngine;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The kiosks' ticket printers: the agent beside each kiosk reads its pending jobs, confirms
 * each copy it printed and reports the paper; staff and kiosks ask for a reprint.
 */
public final class PrinterRoutes {

    private static final String BASE = "/api/v1/printers/{kiosk}";
    private final HallContext hall;

    public PrinterRoutes(HallContext hall) {
        this.hall = hall;
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/printers", this::all, doc("staff", "打印机 Every kiosk printer's status"))
                .add("GET", BASE + "/jobs", this::jobs,
                        doc("the kiosk's printer token", "打印任务 The kiosk's pending print jobs"))
                .add("POST", BASE + "/jobs/{ticketId}/printed", this::printed,
                        doc("the kiosk's printer token", "已打印 Confirm a printed copy (once per copy)"))
                .add("POST", BASE + "/status", this::status,
                        doc("the kiosk's printer token", "纸张状态 Report the paper state: OK, PAPER_NEAR_END, PAPER_OUT"))
                .add("POST", "/api/v1/tickets/{id}/reprint", this::reprint,
                        doc("kiosk or staff token", "补打 Print the ticket again at its kiosk: 200 print job"));
    }

    private CompletableFuture<Response> all(Request r) {
        return hall.read(QueueEngine::printers).thenApply(m -> Response.ok(
                m.entrySet().stream().map(p -> PrintJobJson.printer(p.getKey(), p.getValue())).toList()));
    }

    private CompletableFuture<Response> jobs(Request r) {
        String kiosk = Guard.printer(r, r.param("kiosk")).kioskId();
        return hall.read(e -> e.pendingPrints(kiosk)).thenApply(jobs -> Response.ok(Map.of("kiosk", kiosk,
                "jobs", jobs.stream().map(p -> PrintJobJson.toPrint(p, hall.config())).toList())));
    }

    private CompletableFuture<Response> printed(Request r) {
        String kiosk = Guard.printer(r, r.param("kiosk")).kioskId();
        Integer copy = r.json().integer("copy");
        String ticketId = r.param("ticketId");
        return hall.change(r, e -> e.printed(kiosk, ticketId, copy), j -> Response.ok(PrintJobJson.job(j)));
    }

    private CompletableFuture<Response> status(Request r) {
        String kiosk = Guard.printer(r, r.param("kiosk")).kioskId();
        String text = r.json().requiredText("status", 16);
        PrinterState state = PrinterState.parse(text).orElseThrow(() ->
                ApiException.badInput("status", "must be OK, PAPER_NEAR_END, PAPER_OUT or OFFLINE"));
        return hall.change(r, e -> e.printerReport(kiosk, state), changed -> Response.ok(Map.of(
                "kiosk", kiosk, "status", state, "changed", changed)));
    }

    /** A kiosk reprints at itself; staff reprint where the ticket was printed, or at {@code kiosk}. */
    private CompletableFuture<Response> reprint(Request r) {
        String id = r.param("id");
        String kiosk = reprintKiosk(r);
        return hall.change(r, e -> e.reprint(id, kiosk), j -> Response.ok(PrintJobJson.job(j)));
    }

    private String reprintKiosk(Request r) {
        if (r.caller() instanceof Caller.Kiosk k) {
            return k.id();
        }
        Guard.staff(r);
        String kiosk = r.json().text("kiosk", 32);
        if (kiosk != null && hall.config().devices().kiosks().stream().noneMatch(k -> k.id().equals(kiosk))) {
            throw ApiException.badInput("kiosk", "no kiosk \"" + kiosk + "\" in this hall");
        }
        return kiosk;
    }
}
