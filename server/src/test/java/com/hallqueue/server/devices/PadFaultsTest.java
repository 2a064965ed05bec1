package com.hallqueue.server.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntPredicate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The rules of the call pads' device faults, report by report. */
class PadFaultsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T06:30:00Z");
    private static final IntPredicate COUNTERS_1_TO_6 = c -> c >= 1 && c <= 6;

    private final PadFaults faults = new PadFaults(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSilentUnitIsAFaultOfItsCounterSinceTheGatewaySawIt() {
        report("gateway", "{\"silent\":[{\"counter\":5,\"unit\":15,\"role\":\"evaluator\",\"since\":\"2026-12-04T06:00:00Z\"}]}");

        assertThat(faults.open()).containsExactly(
                new PadFault("gateway", 5, 15, "evaluator", Instant.parse("2026-12-04T06:00:00Z"), null));
    }

    @Test
    void aFaultReportedAgainKeepsTheTimeItWasFirstSeen() {
        report("gateway", silent(5, "2026-12-04T06:00:00Z"));
        report("gateway", silent(5, "2026-12-04T06:20:00Z"));

        assertThat(faults.open()).extracting(PadFault::since).containsExactly(Instant.parse("2026-12-04T06:00:00Z"));
    }

    @Test
    void aUnitNoLongerReportedIsBackInServiceFromNow() {
        report("gateway", silent(5, "2026-12-04T06:00:00Z"));
        report("gateway", "{\"silent\":[]}");

        assertThat(faults.open()).isEmpty();
        assertThat(faults.cleared()).containsExactly(
                new PadFault("gateway", 5, 5, "pad", Instant.parse("2026-12-04T06:00:00Z"), NOW));
    }

    @Test
    void oneGatewaysReportLeavesTheOtherGatewaysFaultsAlone() {
        report("east", silent(2, "2026-12-04T06:00:00Z"));
        report("west", silent(1, "2026-12-04T06:10:00Z"));
        report("west", "{\"silent\":[]}");

        assertThat(faults.open()).extracting(PadFault::gateway, PadFault::counter).containsExactly(Tuple.tuple("east", 2));
    }

    @Test
    void onlyTheLatestTwentyBackInServiceAreKept() {
        for (int i = 0; i < PadFaults.CLEARED_KEPT + 5; i++) {
            report("gateway", silent(1 + i % 6, "2026-12-04T06:00:00Z"));
            report("gateway", "{\"silent\":[]}");
        }

        assertThat(faults.cleared()).hasSize(PadFaults.CLEARED_KEPT);
    }

    @Test
    void aReportIsRefusedNamingTheFieldAtFault() {
        assertRefused("{\"silent\":[{\"counter\":7,\"unit\":7,\"since\":\"2026-12-04T06:00:00Z\"}]}", "silent[0].counter");
        assertRefused("{\"silent\":[{\"counter\":1,\"unit\":248,\"since\":\"2026-12-04T06:00:00Z\"}]}", "silent[0].unit");
        assertRefused("{\"silent\":[{\"counter\":1,\"unit\":1,\"role\":\"<b>\",\"since\":\"2026-12-04T06:00:00Z\"}]}",
                "silent[0].role");
        assertRefused("{\"silent\":[{\"counter\":1,\"unit\":1,\"since\":\"yesterday\"}]}", "silent[0].since");
        assertRefused("{\"silent\":5}", "silent");
        assertRefused("not json", "body");
        assertThat(faults.open()).isEmpty();
    }

    private void assertRefused(String body, String field) {
        assertThatThrownBy(() -> report("gateway", body)).isInstanceOfSatisfying(BadPadReport.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    private List<PadFault> report(String gateway, String body) {
        return faults.report(gateway, body.getBytes(StandardCharsets.UTF_8), COUNTERS_1_TO_6);
    }

    private static String silent(int counter, String since) {
        return "{\"silent\":[{\"counter\":" + counter + ",\"unit\":" + counter + ",\"since\":\"" + since + "\"}]}";
    }
}
