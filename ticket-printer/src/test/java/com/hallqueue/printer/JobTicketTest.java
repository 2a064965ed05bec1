package com.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallqueue.hardware.escpos.TicketPrint;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The printed ticket carries the hall's complaint number when the hall has one. */
class JobTicketTest {

    private static final URI SERVER = URI.create("http://127.0.0.1:8080/");

    @Test
    void theComplaintNumberIsOnTheLastLine() throws Exception {
        TicketPrint t = JobTicket.of(new ObjectMapper().readTree(
                "{\"number\":\"A001\",\"hallName\":\"大厅\",\"serviceName\":\"综合\",\"complaintPhone\":\"12345\"}"), SERVER);
        assertThat(t.footer()).isEqualTo("过号请重新取号  投诉电话: 12345");
    }

    @Test
    void withoutOneTheUsualLastLine() throws Exception {
        TicketPrint t = JobTicket.of(new ObjectMapper().readTree(
                "{\"number\":\"A001\",\"hallName\":\"大厅\",\"serviceName\":\"综合\"}"), SERVER);
        assertThat(t.footer()).isEqualTo(TicketPrint.DEFAULT_FOOTER);
    }

    @Test
    void theHallsMissedCallRuleComesBeforeTheComplaintNumber() throws Exception {
        TicketPrint t = JobTicket.of(new ObjectMapper().readTree("{\"number\":\"A001\",\"footer\":\"过号后请到窗口重排\","
                + "\"complaintPhone\":\"12345\"}"), SERVER);
        assertThat(t.footer()).isEqualTo("过号后请到窗口重排  投诉电话: 12345");
    }

    @Test
    void aLineNotReachedBeforeClosingIsPrintedAsSuchInsteadOfAWait() throws Exception {
        TicketPrint later = JobTicket.of(new ObjectMapper().readTree(
                "{\"number\":\"C009\",\"estimatedWaitSeconds\":12000,\"mayNotBeServedToday\":true}"), SERVER);
        TicketPrint soon = JobTicket.of(new ObjectMapper().readTree(
                "{\"number\":\"C002\",\"estimatedWaitSeconds\":1200,\"mayNotBeServedToday\":false}"), SERVER);
        assertThat(later.waitText()).isEqualTo("今日可能无法办理 可预约或改日");
        assertThat(soon.waitText()).isEqualTo("约20分钟");
    }
}
