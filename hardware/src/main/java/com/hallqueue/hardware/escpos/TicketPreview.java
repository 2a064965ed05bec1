package com.hallqueue.hardware.escpos;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The ticket as a picture, laid out line for line like {@link EscPosTicket} on a 58 mm
 * roll: 384 dots wide, 24-dot characters scaled as the GS ! sizes scale them, the QR code
 * with the same module size and error level M. For the README and the kiosk screen.
 */
public final class TicketPreview {

    static final int WIDTH = 384;
    static final int CHAR = 24;
    /** The printers' default line feed (ESC 2); a line of taller characters feeds their height. */
    static final int LINE_SPACING = 30;
    private static final int MARGIN = 16;
    private static final String FONT = "Noto Sans CJK SC";

    private TicketPreview() {
    }

    /** One printed line: text at a size, or the QR code. */
    private record Line(String text, int scale, String qr) {
    }

    public static BufferedImage draw(TicketPrint ticket) {
        List<Line> lines = lines(ticket);
        int height = MARGIN * 2 + lines.stream().mapToInt(TicketPreview::height).sum() + CHAR * EscPosTicket.FEED_BEFORE_CUT;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        int y = MARGIN;
        for (Line line : lines) {
            y = line.qr() != null ? qr(g, line.qr(), y) : text(g, line, y);
        }
        g.dispose();
        return image;
    }

    public static byte[] png(TicketPrint ticket) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(draw(ticket), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void writePng(TicketPrint ticket, Path file) throws IOException {
        java.nio.file.Files.write(file, png(ticket));
    }

    /** The same lines, in the same order and sizes, as {@link EscPosTicket#encode}. */
    private static List<Line> lines(TicketPrint t) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(t.hallName(), 2, null));
        lines.add(new Line(t.serviceName(), 1, null));
        lines.add(new Line(t.number(), EscPosTicket.NUMBER_SCALE, null));
        lines.add(new Line("您前面还有 " + t.ahead() + " 人", 1, null));
        addIf(lines, !t.waitText().isEmpty(), "预计等待: " + t.waitText());
        addIf(lines, !t.issuedAt().isEmpty(), "取号时间: " + t.issuedAt());
        if (!t.statusUrl().isEmpty()) {
            lines.add(new Line(null, 1, t.statusUrl()));
            lines.add(new Line("", 1, null));
        }
        addIf(lines, !t.hotline().isEmpty(), "服务热线: " + t.hotline());
        lines.add(new Line(t.footer(), 1, null));
        return lines;
    }

    private static void addIf(List<Line> lines, boolean wanted, String text) {
        if (wanted) {
            lines.add(new Line(text, 1, null));
        }
    }

    private static int height(Line line) {
        return line.qr() != null ? matrix(line.qr()).getHeight() * EscPosTicket.QR_MODULE_SIZE : pitch(line);
    }

    private static int pitch(Line line) {
        return Math.max(LINE_SPACING, CHAR * line.scale());
    }

    private static int text(Graphics2D g, Line line, int top) {
        int size = CHAR * line.scale();
        g.setFont(new Font(FONT, line.scale() > 1 ? Font.BOLD : Font.PLAIN, size));
        FontMetrics m = g.getFontMetrics();
        while (m.stringWidth(line.text()) > WIDTH - 8 && size > 8) {
            g.setFont(g.getFont().deriveFont((float) --size));
            m = g.getFontMetrics();
        }
        int x = Math.max(0, (WIDTH - m.stringWidth(line.text())) / 2);
        g.drawString(line.text(), x, top + (pitch(line) + size) / 2 - size / 8);
        return top + pitch(line);
    }

    private static int qr(Graphics2D g, String data, int top) {
        BitMatrix matrix = matrix(data);
        int module = EscPosTicket.QR_MODULE_SIZE;
        int left = (WIDTH - matrix.getWidth() * module) / 2;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    g.fillRect(left + x * module, top + y * module, module, module);
                }
            }
        }
        return top + matrix.getHeight() * module;
    }

    /** Error level M, as the printer is told; no quiet zone beyond the paper's own white. */
    private static BitMatrix matrix(String data) {
        try {
            return new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the ticket's QR code: " + e.getMessage(), e);
        }
    }
}
