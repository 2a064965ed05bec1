package com.hallqueue.server.matters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 一次性告知, 首问负责, 一趟办好 and 限时办结 as API.md "Matters" writes them, on the demo hall with a
 * clock the test moves: Thursday 2026-12-03, 10:00 in Shanghai.
 */
class MattersOverHttpTest {

    private static final String DAY = "2026-12-03";
    private final VirtualClock clock = VirtualClock.at("2026-12-03T02:00:00Z");
    private final RunningHall hall = RunningHall.start(Halls.demo(), clock);
    private final ApiClient api = hall.api;
    private final Map<String, String> tokens = new HashMap<>();

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void aNoticeIsShownByItsCodeAndItsReturnVisitIsLinkedCalledWithItAndClosedInTheOneVisitShare() {
        issue("A");
        serve(3, "1003");
        assertThat(finish(3, "1003", "{\"outcome\":\"DONE\"}").get("outcome").asText()).isEqualTo("DONE");

        issue("B");
        serve(3, "1003");
        JsonNode first = finish(3, "1003",
                "{\"outcome\":\"NOTICE\",\"materials\":[\"商业发票 / Commercial invoice\",\"装箱单 / Packing list\"],"
                        + "\"note\":\"请盖公章 / with the company seal\"}");
        assertThat(first.get("status").asText()).isEqualTo("DONE");
        assertThat(first.get("outcome").asText()).isEqualTo("NOTICE");
        assertThat(first.get("firstCounter").asInt()).isEqualTo(3);
        String code = first.get("notice").get("code").asText();
        assertThat(first.get("notice").get("materials")).hasSize(2);

        JsonNode notice = api.get("/api/v1/notices/" + code, null).json();
        assertThat(notice.get("code").asText()).isEqualTo(code);
        assertThat(notice.get("service").asText()).isEqualTo("B");
        assertThat(notice.get("materials").get(1).asText()).isEqualTo("装箱单 / Packing list");
        assertThat(notice.get("note").asText()).isEqualTo("请盖公章 / with the company seal");
        assertThat(notice.get("counter").asInt()).isEqualTo(3);
        assertThat(notice.get("staff").get("badge").asText()).isEqualTo("1003");
        assertThat(notice.get("staff").get("name").asText()).isEqualTo("张伟");
        assertThat(Instant.parse(notice.get("issuedAt").asText())).isEqualTo(clock.instant());

        issue("A");
        serve(3, "1003");
        assertThat(finish(3, "1003", "{\"outcome\":\"REFUSED\",\"note\":\"不属本厅受理范围 / not handled here\"}")
                .get("outcome").asText()).isEqualTo("REFUSED");

        Reply back = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\",\"notice\":\"" + code + "\"}");
        assertThat(back.status()).isEqualTo(201);
        assertThat(back.json().get("number").asText()).isEqualTo("B002");
        assertThat(back.json().get("returnOf").asText()).isEqualTo("B001");
        assertThat(back.json().get("firstCounter").asInt()).isEqualTo(3);

        open(4, "1004");
        JsonNode called = api.post("/api/v1/counters/4/call-next", token("1004"), null).json();
        assertThat(called.get("returnOf").asText()).isEqualTo("B001");
        JsonNode matter = api.get("/api/v1/counters/4/matter", token("1004")).json();
        assertThat(matter.get("returnNotice").get("code").asText()).isEqualTo(code);
        assertThat(matter.get("returnNotice").get("materials").get(0).asText()).isEqualTo("商业发票 / Commercial invoice");
        assertThat(matter.get("firstCounter").asInt()).isEqualTo(3);
        assertThat(matter.get("checklist").toString()).contains("提运单 / Bill of lading");
        assertThat(finish(4, "1004", null).get("outcome").asText()).isEqualTo("DONE");
        assertThat(api.get("/api/v1/notices/" + code, null).json().get("state").asText()).isEqualTo("CLOSED");

        issue("A");
        serve(4, "1004");
        finish(4, "1004", "");

        // Closed matters: counter 3 closed A001 (DONE) and A002 (REFUSED) at the first visit and left
        // B001 open; counter 4 closed B002 on its return visit and A003 at the first: 2/2 and 1/2.
        assertThat(share("counter", "3")).isEqualTo(1.0);
        assertThat(share("counter", "4")).isEqualTo(0.5);
        assertThat(share("staff", "1003")).isEqualTo(1.0);
        assertThat(share("service", "A")).isEqualTo(1.0);
        assertThat(share("service", "B")).isEqualTo(0.0);
        assertThat(row("service", "C").get("oneVisitShare").isNull()).isTrue();
        assertThat(row("counter", "3").get("notices").asInt()).isEqualTo(1);
        assertThat(row("counter", "3").get("refused").asInt()).isEqualTo(1);
    }

    @Test
    void finishingSaysWhatIsMissingFromABadOutcome() {
        issue("B");
        serve(3, "1003");

        assertProblem(api.post("/api/v1/counters/3/finish", token("1003"), "{\"outcome\":\"REFUSED\"}"), 400, "note");
        assertProblem(api.post("/api/v1/counters/3/finish", token("1003"), "{\"outcome\":\"NOTICE\",\"materials\":[]}"),
                400, "materials");
        assertProblem(api.post("/api/v1/counters/3/finish", token("1003"), "{\"outcome\":\"NOTICE\"}"), 400, "materials");
        assertProblem(api.post("/api/v1/counters/3/finish", token("1003"), "{\"outcome\":\"LATER\"}"), 400, "outcome");
        assertProblem(api.post("/api/v1/counters/3/finish", token("1003"),
                "{\"outcome\":\"NOTICE\",\"materials\":[\"" + "长".repeat(101) + "\"]}"), 400, "materials");
        assertThat(api.get("/api/v1/counters/3", null).json().get("state").asText()).isEqualTo("SERVING");
    }

    @Test
    void anUnknownCodeIsNotFoundAndACodeOfAnotherServiceIsAConflictSayingWhich() {
        issue("B");
        serve(3, "1003");
        String code = finish(3, "1003", "{\"outcome\":\"NOTICE\",\"materials\":[\"报关单\"]}").get("notice").get("code").asText();

        assertThat(api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\",\"notice\":\"ZZZZZZZZZZ\"}").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/notices/ZZZZZZZZZZ", null).status()).isEqualTo(404);
        Reply wrong = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\",\"notice\":\"" + code + "\"}");
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.json().get("detail").asText()).contains("service B");
        assertThat(api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\",\"notice\":\"" + code + "\"}").status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\",\"notice\":\"" + code + "\"}").status())
                .isEqualTo(409);
    }

    @Test
    void aSecondNoticeAskingForSomethingNotOnTheFirstIsFlaggedToTheManager() {
        EventStream manager = api.events(token("9001"));
        issue("B");
        serve(3, "1003");
        String code = finish(3, "1003", "{\"outcome\":\"NOTICE\",\"materials\":[\"商业发票\"]}").get("notice").get("code").asText();
        api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\",\"notice\":\"" + code + "\"}");
        api.post("/api/v1/counters/3/call-next", token("1003"), null);

        finish(3, "1003", "{\"outcome\":\"NOTICE\",\"materials\":[\"商业发票\",\"提运单\"]}");

        JsonNode finished = manager.next("ticket.finished");
        assertThat(finished.get("ticket").get("outcome").asText()).isEqualTo("NOTICE");
        JsonNode flagged = manager.next("notice.flagged");
        assertThat(flagged.get("ticket").get("number").asText()).isEqualTo("B002");
        // Screens are told that a notice was made, never its code or what it asks for.
        assertThat(finished.toString() + flagged).doesNotContain("提运单", code);
        JsonNode open = api.get("/api/v1/matters?state=open", token("9001")).json().get("matters");
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("beyondFirst").toString()).contains("提运单").doesNotContain("商业发票");
        assertThat(open.get(0).get("follows").asText()).isEqualTo(code);
        manager.close();
    }

    @Test
    void theFirstCounterIsKeptThroughATransferWhoseNoteTheNextCounterSees() {
        issue("B");
        serve(3, "1003");
        Reply moved = api.post("/api/v1/counters/3/transfer", token("1003"),
                "{\"counter\":5,\"note\":\"需查验货物 / goods to inspect\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("firstCounter").asInt()).isEqualTo(3);
        open(5, "1005");
        api.post("/api/v1/counters/5/call-next", token("1005"), null);

        JsonNode matter = api.get("/api/v1/counters/5/matter", token("1005")).json();
        assertThat(matter.get("handOver").asText()).isEqualTo("需查验货物 / goods to inspect");
        assertThat(matter.get("firstCounter").asInt()).isEqualTo(3);
        assertThat(finish(5, "1005", null).get("firstCounter").asInt()).isEqualTo(3);
        assertProblem(api.post("/api/v1/counters/5/transfer", token("1005"),
                "{\"counter\":3,\"note\":\"" + "x".repeat(201) + "\"}"), 400, "note");
    }

    @Test
    void anOpenMatterBecomesOverdueAfterItsTimeLimitInWorkingDays() {
        issue("C");
        serve(5, "1005");
        String code = finish(5, "1005", "{\"outcome\":\"NOTICE\",\"materials\":[\"货物清单 / Cargo list\"]}")
                .get("notice").get("code").asText();
        // Inspection (C) is due in 2 working days; the demo hall works every day until 24:00:
        // Saturday 5th ends at midnight in Shanghai, 16:00 UTC.
        JsonNode notice = api.get("/api/v1/notices/" + code, null).json();
        assertThat(notice.get("dueDate").asText()).isEqualTo("2026-12-05");
        assertThat(notice.get("dueAt").asText()).isEqualTo("2026-12-05T16:00:00Z");

        clock.set(Instant.parse("2026-12-05T15:59:59Z"));
        assertThat(matters("overdue").get("matters")).isEmpty();
        assertThat(matters("open").get("byService").get("C").get("open").asInt()).isEqualTo(1);
        clock.set(Instant.parse("2026-12-05T16:00:01Z"));
        JsonNode overdue = matters("overdue");
        assertThat(overdue.get("matters")).hasSize(1);
        assertThat(overdue.get("matters").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("byCounter").get("5").get("overdue").asInt()).isEqualTo(1);
        assertThat(overdue.get("byStaff").get("1005").get("overdue").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/matters", api.login("1002")).status()).isEqualTo(403);
        assertProblem(api.get("/api/v1/matters?state=late", token("9001")), 400, "state");
    }

    private JsonNode matters(String state) {
        Reply r = api.get("/api/v1/matters?state=" + state, token("9001"));
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private Double share(String by, String key) {
        JsonNode v = row(by, key).get("oneVisitShare");
        return v.isNull() ? null : v.asDouble();
    }

    private JsonNode row(String by, String key) {
        Reply r = api.get("/api/v1/stats?from=" + DAY + "&to=" + DAY + "&by=" + by, token("9001"));
        assertThat(r.status()).isEqualTo(200);
        for (JsonNode row : r.json().get("rows")) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + r.text());
    }

    private void issue(String service) {
        assertThat(api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}").status()).isEqualTo(201);
    }

    private void open(int counter, String badge) {
        api.post("/api/v1/counters/" + counter + "/open", token(badge), null);
    }

    private void serve(int counter, String badge) {
        open(counter, badge);
        assertThat(api.post("/api/v1/counters/" + counter + "/call-next", token(badge), null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/counters/" + counter + "/start", token(badge), null).status()).isEqualTo(200);
    }

    private JsonNode finish(int counter, String badge, String body) {
        Reply r = api.post("/api/v1/counters/" + counter + "/finish", token(badge), body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    private String token(String badge) {
        return tokens.computeIfAbsent(badge, api::login);
    }

    private static void assertProblem(Reply r, int status, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("field").asText()).isEqualTo(field);
    }

    @SuppressWarnings("unused")
    private static List<String> texts(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(JsonNode::asText).toList();
    }
}
