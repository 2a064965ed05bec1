package com.hallqueue.hardware.escpos;

import com.hallqueue.hardware.escpos.EscPosWriter.Align;

/**
 * Lays out a queue ticket as ESC/POS bytes.
 *
 * <p>Written by hand rather than on escpos-coffee: a ticket needs only a dozen commands,
 * and it must send exactly the bytes the hall's printers were checked with (FS &amp;
 * Chinese mode, GB18030 text, GS ( k QR with model 2). escpos-coffee is built around
 * single-byte code pages and its own QR defaults, so matching those bytes would mean
 * working around it rather than using it.
 */
public final class EscPosTicket {

    /** Width and height factor of the ticket number: large enough to read at arm's length. */
    static final int NUMBER_SCALE = 4;
    static final int QR_MODULE_SIZE = 6;
    static final int FEED_BEFORE_CUT = 4;

    private EscPosTicket() {
    }

    public static byte[] encode(TicketPrint ticket) {
        EscPosWriter out = new EscPosWriter().initialise().chineseMode().align(Align.CENTRE);
        header(out, ticket);
        queueFacts(out, ticket);
        if (!ticket.statusUrl().isEmpty()) {
            out.qrCode(ticket.statusUrl(), QR_MODULE_SIZE).line("");
        }
        if (!ticket.hotline().isEmpty()) {
            out.line("服务热线: " + ticket.hotline());
        }
        return out.line(ticket.footer()).feedAndCut(FEED_BEFORE_CUT).toBytes();
    }

    private static void header(EscPosWriter out, TicketPrint ticket) {
        out.size(2, 2).line(ticket.hallName());
        out.size(1, 1).line(ticket.serviceName());
        out.size(NUMBER_SCALE, NUMBER_SCALE).line(ticket.number());
        out.size(1, 1);
    }

    private static void queueFacts(EscPosWriter out, TicketPrint ticket) {
        out.line("您前面还有 " + ticket.ahead() + " 人");
        if (!ticket.waitText().isEmpty()) {
            out.line("预计等待: " + ticket.waitText());
        }
        if (!ticket.issuedAt().isEmpty()) {
            out.line("取号时间: " + ticket.issuedAt());
        }
    }
}
