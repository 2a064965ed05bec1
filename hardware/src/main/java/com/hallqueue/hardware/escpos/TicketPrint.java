package com.hallqueue.hardware.escpos;

import java.util.Objects;

/**
 * What goes on one queue ticket. All texts arrive ready to print (the caller formats the
 * forecast and the issue time); blank optional parts are left off the paper.
 *
 * @param hallName    e.g. 海关业务大厅
 * @param serviceName e.g. 报关业务
 * @param number      ticket number, e.g. A001
 * @param ahead       people waiting before this ticket
 * @param waitText    forecast wait, e.g. 约15分钟
 * @param issuedAt    issue time, e.g. 2024-05-06 09:12
 * @param statusUrl   page where the citizen follows the queue and rates the service; blank for no QR
 * @param hotline     service and complaint hotline; blank to leave off
 * @param footer      last line; blank gives {@link #DEFAULT_FOOTER}
 */
public record TicketPrint(String hallName, String serviceName, String number, int ahead,
        String waitText, String issuedAt, String statusUrl, String hotline, String footer) {

    public static final String DEFAULT_FOOTER = "过号请重新取号";

    public TicketPrint {
        Objects.requireNonNull(hallName, "hallName");
        Objects.requireNonNull(serviceName, "serviceName");
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a ticket needs a number");
        }
        if (ahead < 0) {
            throw new IllegalArgumentException("people ahead cannot be negative: " + ahead);
        }
        waitText = orEmpty(waitText);
        issuedAt = orEmpty(issuedAt);
        statusUrl = orEmpty(statusUrl);
        hotline = orEmpty(hotline);
        footer = footer == null || footer.isBlank() ? DEFAULT_FOOTER : footer;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
