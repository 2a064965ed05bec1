package com.hallqueue.printer;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.hardware.escpos.TicketPrint;
import java.net.URI;

/** Turns a print job from the server into what goes on the paper. */
final class JobTicket {

    /** Printed instead of a wait when the line will most likely not be reached before closing. */
    static final String NOT_TODAY = "今日可能无法办理 可预约或改日";

    private JobTicket() {
    }

    static TicketPrint of(JsonNode job, URI server) {
        String statusPath = job.path("statusPath").asText("");
        String statusUrl = statusPath.isEmpty() ? "" : server.resolve(statusPath.replaceFirst("^/", "")).toString();
        return new TicketPrint(job.path("hallName").asText(""), job.path("serviceName").asText(""),
                job.path("number").asText(), job.path("ahead").asInt(0),
                job.path("mayNotBeServedToday").asBoolean(false) ? NOT_TODAY : waitText(job.path("estimatedWaitSeconds")),
                job.path("issuedAtLocal").asText(""),
                statusUrl, job.path("hotline").asText(""),
                footer(job.path("footer").asText(""), job.path("complaintPhone").asText("")));
    }

    /**
     * The last line: the hall's missed-call rule as the server words it (the printer's own
     * wording when the server sends none), then the hall's complaint number when it has one
     * (服务热线、举报投诉电话应予公布).
     */
    static String footer(String rule, String complaintPhone) {
        String line = rule.isBlank() ? TicketPrint.DEFAULT_FOOTER : rule.strip();
        return complaintPhone.isBlank() ? line : line + "  投诉电话: " + complaintPhone.strip();
    }

    /** Whole minutes, rounded up: a citizen told 约3分钟 should not wait 3 minutes 50. */
    static String waitText(JsonNode seconds) {
        if (!seconds.isNumber()) {
            return "";
        }
        long s = seconds.asLong();
        return s <= 0 ? "无需等待" : "约" + ((s + 59) / 60) + "分钟";
    }
}
