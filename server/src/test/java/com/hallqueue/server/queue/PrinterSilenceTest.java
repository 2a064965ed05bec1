package com.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.printing.PrinterState;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Halls;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The chores look whether a kiosk's printer went quiet before they write: the look and the write agree. */
class PrinterSilenceTest {

    private static final Duration SILENCE = Duration.ofSeconds(30);

    private final VirtualClock clock = VirtualClock.at("2026-12-07T01:00:00Z");
    private final QueueEngine hall = new QueueEngine(Halls.demo(), clock, TicketIds.seeded(3), HallRecord.empty());

    @Test
    void aPrinterHeardWithinTheSilenceIsNotDue() {
        hall.printerReport("K1", PrinterState.OK);
        clock.advance(SILENCE.minusSeconds(1));

        assertThat(hall.hasSilentPrinters(SILENCE)).isFalse();
        assertThat(hall.markSilentPrinters(SILENCE)).isEmpty();
    }

    @Test
    void aPrinterQuietForTheSilenceIsDueAndMarkedOfflineOnce() {
        hall.printerReport("K1", PrinterState.OK);
        clock.advance(SILENCE);

        assertThat(hall.hasSilentPrinters(SILENCE)).isTrue();
        assertThat(hall.markSilentPrinters(SILENCE)).containsExactly("K1");
        assertThat(hall.hasSilentPrinters(SILENCE)).as("marked once, until it reports again").isFalse();
        assertThat(hall.printers()).containsEntry("K1", PrinterState.OFFLINE);
    }

    @Test
    void aHallWithoutPrintersHasNothingDue() {
        clock.advance(Duration.ofHours(2));

        assertThat(hall.hasSilentPrinters(SILENCE)).isFalse();
    }
}
