package com.hallqueue.server.printing;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.queue.PendingPrint;
import com.hallqueue.server.queue.TicketView;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Print jobs as the printer agent reads them: everything that goes on the paper, ready to
 * print; and a kiosk printer's state as the event stream and the printers' list show it.
 */
public final class PrintJobJson {

    /** Where the QR code on a ticket leads, relative to the server the agent talks to. */
    public static final String STATUS_PATH = "/t/";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PrintJobJson() {
    }

    public static Map<String, Object> job(PrintJob job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ticketId", job.ticketId());
        m.put("kiosk", job.kiosk());
        m.put("copy", job.copy());
        m.put("copies", job.copies());
        m.put("printed", job.printed());
        return m;
    }

    static Map<String, Object> toPrint(PendingPrint p, HallConfig config) {
        TicketView t = p.ticket();
        Map<String, Object> m = job(p.job());
        m.put("number", t.number());
        m.put("service", t.service());
        m.put("serviceName", config.service(t.service()).map(ServiceDef::name).orElse(t.service()));
        m.put("priority", t.priority());
        m.put("ahead", t.ahead());
        m.put("estimatedWaitSeconds", t.estimatedWaitSeconds());
        m.put("mayNotBeServedToday", Boolean.TRUE.equals(t.mayNotBeServedToday()));
        m.put("issuedAt", t.issuedAt());
        m.put("issuedAtLocal", LOCAL_TIME.format(t.issuedAt().atZone(config.zone())));
        m.put("hallName", config.hall().name());
        m.put("hotline", config.hall().hotline());
        m.put("complaintPhone", config.hall().complaintPhone());
        m.put("statusPath", STATUS_PATH + t.id());
        m.put("footer", config.noShow().wording());
        return m;
    }

    /** A kiosk's printer and its paper state. */
    public static Map<String, Object> printer(String kiosk, PrinterState status) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kiosk", kiosk);
        p.put("status", status);
        return p;
    }
}
