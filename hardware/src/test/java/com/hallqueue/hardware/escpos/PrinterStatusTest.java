package com.hallqueue.hardware.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrinterStatusTest {

    @Test
    void theStatusQueriesAreDleEotOneTwoAndFour() {
        assertThat(PrinterStatus.ASK_PRINTER).containsExactly(0x10, 0x04, 0x01);
        assertThat(PrinterStatus.ASK_OFFLINE_CAUSE).containsExactly(0x10, 0x04, 0x02);
        assertThat(PrinterStatus.ASK_PAPER).containsExactly(0x10, 0x04, 0x04);
    }

    @Test
    void aPaperSensorReplyWithOnlyTheFixedBitsMeansPaperIsFine() {
        assertThat(PrinterStatus.fromPaperReply(0x12)).isEqualTo(PrinterStatus.OK);
    }

    @Test
    void paperNearEndIsBitsTwoAndThree() {
        assertThat(PrinterStatus.fromPaperReply(0x1E)).isEqualTo(PrinterStatus.PAPER_NEAR_END);
    }

    @Test
    void paperOutIsBitsFiveAndSixAndWinsOverNearEnd() {
        assertThat(PrinterStatus.fromPaperReply(0x72)).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(PrinterStatus.fromPaperReply(0x7E)).isEqualTo(PrinterStatus.PAPER_OUT);
    }

    @Test
    void aSignedByteAsReadFromAStreamIsAcceptedToo() {
        assertThat(PrinterStatus.fromPaperReply((byte) 0x72)).isEqualTo(PrinterStatus.PAPER_OUT);
    }

    @Test
    void thePrinterStatusReplyShowsOfflineInBitThree() {
        assertThat(PrinterStatus.fromPrinterReply(0x16)).isEqualTo(PrinterStatus.OK);
        assertThat(PrinterStatus.fromPrinterReply(0x1E)).isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void theOfflineCauseReplyShowsCoverOpenPaperEndAndError() {
        assertThat(PrinterStatus.fromOfflineCauseReply(0x12)).isEqualTo(PrinterStatus.OK);
        assertThat(PrinterStatus.fromOfflineCauseReply(0x16)).isEqualTo(PrinterStatus.COVER_OPEN);
        assertThat(PrinterStatus.fromOfflineCauseReply(0x32)).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(PrinterStatus.fromOfflineCauseReply(0x52)).isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void aByteWithoutTheFixedBitsIsNotAStatusReply() {
        assertThatThrownBy(() -> PrinterStatus.fromPaperReply(0x00)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrinterStatus.fromPaperReply(0x93)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrinterStatus.fromPaperReply(0x112)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWorseOfTwoReadingsIsKeptAndNearEndStillPrints() {
        assertThat(PrinterStatus.PAPER_NEAR_END.worse(PrinterStatus.COVER_OPEN)).isEqualTo(PrinterStatus.COVER_OPEN);
        assertThat(PrinterStatus.PAPER_OUT.worse(PrinterStatus.OK)).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(PrinterStatus.PAPER_NEAR_END.canPrint()).isTrue();
        assertThat(PrinterStatus.PAPER_OUT.canPrint()).isFalse();
    }
}
