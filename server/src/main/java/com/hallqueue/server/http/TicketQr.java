package com.hallqueue.server.http;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The transport a feature's routes use for a QR code that links back to this server. The QR
 * code printed and shown with a ticket: it opens the ticket's status page {@code /t/{id}}
 * (a booking's, its own page). Drawn as SVG so it stays sharp on a kiosk screen and on paper.
 */
public final class TicketQr {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?");
    private static final int QUIET_ZONE = 2;

    private TicketQr() {
    }

    /** A page of this hall ({@code path} from its root) on the public address, else the one the client used. */
    public static String pageUrl(java.util.Optional<String> publicUrl, String host, String path) {
        if (publicUrl.isPresent()) {
            return publicUrl.get() + path;
        }
        if (host == null || !HOST.matcher(host).matches()) {
            throw ApiException.badInput("Host", "the request names no usable host; set screens.publicUrl");
        }
        return "http://" + host + path;
    }

    public static byte[] svg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
