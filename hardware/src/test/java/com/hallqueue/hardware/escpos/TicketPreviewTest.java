package com.hallqueue.hardware.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TicketPreviewTest {

    private static final TicketPrint TICKET = new TicketPrint("演示服务大厅", "综合业务", "A001", 3, "约18分钟",
            "2026-11-27 09:30", "http://hall.example/t/3kq9x7c2m4", "12360", null);

    @Test
    void thePngIsA58mmRollWhoseQrCodeReadsBackAsTheStatusPage() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(TicketPreview.png(TICKET)));

        assertThat(image.getWidth()).isEqualTo(384);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText())
                .isEqualTo("http://hall.example/t/3kq9x7c2m4");
    }

    @Test
    void aTicketWithoutQrCodeIsShorterByTheCode() {
        TicketPrint plain = new TicketPrint("大厅", "综合业务", "A001", 0, "", "", "", "", null);

        assertThat(TicketPreview.draw(plain).getHeight()).isLessThan(TicketPreview.draw(TICKET).getHeight() - 100);
    }
}
