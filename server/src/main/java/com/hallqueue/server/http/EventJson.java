package com.hallqueue.server.http;

import com.hallqueue.server.broadcast.Broadcast;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.StaffDef;
import com.hallqueue.server.events.Snapshot;
import com.hallqueue.server.followup.CaseJson;
import com.hallqueue.server.printing.PrintJobJson;
import com.hallqueue.server.printing.PrinterNote;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.RatingChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The event stream's messages. The screens' fan-out encodes each event once for all of them. */
final class EventJson {

    private final HallConfig config;
    private final Function<String, Optional<String>> names;

    /** Staff named as the hall's file has them. */
    EventJson(HallConfig config) {
        this(config, badge -> config.staffMember(badge).map(StaffDef::name));
    }

    /** {@code names}: a staff member's name by badge, from the staff as managers keep them. */
    EventJson(HallConfig config, Function<String, Optional<String>> names) {
        this.config = config;
        this.names = names;
    }

    byte[] snapshot(Snapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "snapshot");
        m.put("seq", s.seq());
        m.put("counters", s.counters());
        m.put("queue", s.queue());
        m.put("recentCalls", s.recentCalls());
        m.put("printers", s.printers().entrySet().stream().map(p -> PrintJobJson.printer(p.getKey(), p.getValue())).toList());
        return Json.bytes(m);
    }

    byte[] event(HallEvent e) {
        return Json.bytes(message(e));
    }

    private Map<String, Object> message(HallEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type().wireName());
        m.put("seq", e.seq());
        m.put("at", e.at());
        if (e.ticketView() != null) {
            m.put("ticket", e.ticketView().forScreens());
        }
        if (e.counterView() != null) {
            m.put("counter", e.counterView());
        }
        if (e.followUp() != null) {
            m.put("case", CaseJson.of(e.followUp(), e.at(), names));
        }
        if (e.complaint() != null && e.type() == EventType.COMPLAINT_ESCALATED) {
            m.put("complaint", escalated(e));
        }
        if (e.printer() != null) {
            printing(m, e.printer());
        } else if (e.type() == EventType.TICKET_RATED) {
            m.put("score", RatingChannel.scoreOf(e.detail()));
            m.put("channel", RatingChannel.channelOf(e.detail()));
        } else if (e.type() == EventType.BROADCAST_STARTED || e.type() == EventType.BROADCAST_CLEARED) {
            m.put("broadcast", Broadcast.ofDetail(e.detail()).view());
        } else if (e.detail() != null && !isMatterDetail(e.type())) {
            m.put(detailName(e), e.detail());
        }
        m.put("queue", e.queue());
        return m;
    }

    /**
     * Which complaint went before the hall head, and whom it is about: the stream reaches the
     * hall's screens too, so what was said and the contact stay in the register.
     */
    private static Map<String, Object> escalated(HallEvent e) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", e.complaint().id());
        c.put("counter", e.complaint().counter());
        c.put("staff", e.complaint().staffBadge());
        c.put("service", e.complaint().service());
        c.put("dueAt", e.complaint().dueAt());
        c.put("escalatedAt", e.complaint().escalatedAt());
        return c;
    }

    /** printer.status carries {@code printer}; print.requested and print.done carry the {@code job}. */
    private static void printing(Map<String, Object> m, PrinterNote note) {
        if (note.status() != null) {
            m.put("printer", PrintJobJson.printer(note.kiosk(), note.status()));
        }
        if (note.job() != null) {
            m.put("kiosk", note.kiosk());
            m.put("job", PrintJobJson.job(note.job()));
        }
    }

    /**
     * The screens get a finish's outcome with its ticket; notice events carry nothing for them
     * beyond their type and ticket: codes and materials are the citizen's, not the hall screen's.
     */
    private static boolean isMatterDetail(EventType type) {
        return switch (type) {
            case TICKET_FINISHED, NOTICE_ISSUED, NOTICE_FLAGGED, NOTICE_REDEEMED, NOTICE_CLOSED -> true;
            // whose phone, by its holder key, is the citizen's business only
            case NOTIFY_CONSENTED, NOTIFY_WITHDRAWN, NOTIFY_QUEUED -> true;
            default -> false;
        };
    }

    private static String detailName(HallEvent e) {
        return switch (e.type()) {
            case COUNTER_PAUSED, COUNTER_CLOSED_EARLY -> "reason";
            case TICKET_TRANSFERRED -> "to";
            case TICKET_ISSUED -> "kiosk";
            default -> "detail";
        };
    }
}
