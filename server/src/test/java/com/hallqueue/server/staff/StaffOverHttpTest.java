package com.hallqueue.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.RunningHall;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Managers change the hall's staff over HTTP on a real server, and it counts at once. */
class StaffOverHttpTest {

    private static final String NEW_MEMBER = "{\"badge\":\"1007\",\"name\":\"周琳\",\"role\":\"STAFF\",\"password\":\"counter-7-pass\"}";

    private final RunningHall hall = RunningHall.demo();
    private final ApiClient api = hall.api;
    private final String manager = api.login("9001");

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void anAddedMemberLogsInAtOnceAndIsListed() {
        Reply added = api.post("/api/v1/staff", manager, NEW_MEMBER);

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("active").asBoolean()).isTrue();
        assertThat(login("1007", "counter-7-pass").status()).isEqualTo(200);
        JsonNode listed = member("1007");
        assertThat(listed.get("name").asText()).isEqualTo("周琳");
        assertThat(listed.get("role").asText()).isEqualTo("STAFF");
        assertThat(listed.has("passwordHash")).isFalse();
    }

    @Test
    void anAddSentAgainWithItsKeyGetsTheFirstAnswerAndAnotherRequestWithTheKeyIsRefused() {
        Reply first = api.postOnce("/api/v1/staff", manager, NEW_MEMBER, "add-1007");
        Reply again = api.postOnce("/api/v1/staff", manager, NEW_MEMBER, "add-1007");
        Reply other = api.postOnce("/api/v1/staff", manager, NEW_MEMBER.replace("1007", "1008"), "add-1007");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(other.status()).isEqualTo(422);
        assertThat(api.sendOnce("DELETE", "/api/v1/staff/1007", manager, null, "off-1007").status()).isEqualTo(200);
        assertThat(api.sendOnce("DELETE", "/api/v1/staff/1007", manager, null, "off-1007").header("Idempotent-Replayed"))
                .isEqualTo("true");
    }

    @Test
    void aBadRatingOfAMemberAddedLiveNamesThemOnTheCase() {
        api.post("/api/v1/staff", manager, NEW_MEMBER);
        String member = login("1007", "counter-7-pass").json().get("token").asText();
        api.post("/api/v1/counters/1/open", member, null);
        String id = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
        api.post("/api/v1/counters/1/call-next", member, null);
        api.post("/api/v1/counters/1/finish", member, null);
        assertThat(api.post("/api/v1/tickets/" + id + "/rating", null, "{\"score\":1}").status()).isEqualTo(200);

        JsonNode staff = api.get("/api/v1/cases", manager).json().get("cases").get(0).get("staff");

        assertThat(staff.get("badge").asText()).isEqualTo("1007");
        assertThat(staff.get("name").asText()).isEqualTo("周琳");
    }

    @Test
    void aMemberTakenOffTheHallLosesTheirTokenAtOnceAndCannotLogInAgain() {
        String token = api.login("1002");
        assertThat(api.get("/api/v1/auth/me", token).status()).isEqualTo(200);

        assertThat(api.send("DELETE", "/api/v1/staff/1002", manager, null).status()).isEqualTo(200);

        assertThat(api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
        assertThat(login("1002", "demo").status()).isEqualTo(401);
        assertThat(member("1002").get("active").asBoolean()).isFalse();
    }

    @Test
    void aMemberBroughtBackWithANewPasswordLogsInWithItOnly() {
        api.send("DELETE", "/api/v1/staff/1003", manager, null);

        Reply back = api.send("PUT", "/api/v1/staff/1003", manager, "{\"active\":true,\"password\":\"a-new-start\"}");

        assertThat(back.status()).isEqualTo(200);
        assertThat(login("1003", "demo").status()).isEqualTo(401);
        assertThat(login("1003", "a-new-start").status()).isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsTheMembersLoginsAndARoleChangeCountsAtOnce() {
        String token = api.login("1004");
        assertThat(api.get("/api/v1/staff", token).status()).isEqualTo(403);

        api.send("PUT", "/api/v1/staff/1004", manager, "{\"role\":\"MANAGER\"}");
        assertThat(api.get("/api/v1/staff", token).status()).isEqualTo(200);

        api.send("PUT", "/api/v1/staff/1004", manager, "{\"password\":\"reset-by-manager\"}");
        assertThat(api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
    }

    @Test
    void theLastManagerCannotBeTakenOffNorMadeStaffAndNobodyTakesThemselfOff() {
        assertThat(api.send("DELETE", "/api/v1/staff/9001", manager, null).status()).isEqualTo(409);
        assertThat(api.send("PUT", "/api/v1/staff/9001", manager, "{\"role\":\"STAFF\"}").status()).isEqualTo(409);

        api.send("PUT", "/api/v1/staff/1005", manager, "{\"role\":\"MANAGER\"}");
        String second = api.login("1005");
        assertThat(api.send("DELETE", "/api/v1/staff/9001", second, null).status()).isEqualTo(200);
        Reply last = api.send("DELETE", "/api/v1/staff/1005", second, null);
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.json().get("detail").asText()).contains("不能停用自己");
        assertThat(member("1005", second).get("active").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/staff", manager).status()).as("the manager taken off").isEqualTo(401);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndADuplicateBadgeIsAConflict() {
        assertThat(refusedField(NEW_MEMBER.replace("1007", "10-07"))).isEqualTo("badge");
        assertThat(refusedField(NEW_MEMBER.replace("周琳", "周".repeat(65)))).isEqualTo("name");
        assertThat(refusedField(NEW_MEMBER.replace("\"STAFF\"", "\"DISTRICT_MANAGER\""))).isEqualTo("role");
        assertThat(refusedField(NEW_MEMBER.replace("counter-7-pass", "short"))).isEqualTo("password");
        assertThat(refusedField("{\"badge\":\"1007\",\"name\":7,\"role\":\"STAFF\",\"password\":\"counter-7-pass\"}"))
                .isEqualTo("name");

        assertThat(api.post("/api/v1/staff", manager, NEW_MEMBER.replace("1007", "1001")).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/staff", api.login("1001"), NEW_MEMBER).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/staff/4711", manager, "{\"name\":\"某人\"}").status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/staff/1006", manager, "{\"active\":false}").status()).isEqualTo(400);
    }

    @Test
    void everyChangeIsInTheAuditLogWithWhoAndWhatButNeverThePassword() {
        api.post("/api/v1/staff", manager, NEW_MEMBER);
        api.send("PUT", "/api/v1/staff/1007", manager, "{\"name\":\"周琳琳\",\"password\":\"another-pass-1\"}");
        api.send("DELETE", "/api/v1/staff/1007", manager, null);

        Reply audit = api.get("/api/v1/audit", manager);
        List<JsonNode> changes = new ArrayList<>();
        audit.json().get("entries").forEach(e -> {
            if (e.path("subject").asText().equals("1007")) {
                changes.add(e);
            }
        });

        assertThat(changes).extracting(e -> e.get("action").asText())
                .containsExactly("staff.added", "staff.changed", "staff.removed");
        assertThat(changes).allSatisfy(e -> assertThat(e.get("badge").asText()).isEqualTo("9001"));
        assertThat(changes.get(1).get("detail").asText()).isEqualTo("name 周琳 → 周琳琳; password reset");
        assertThat(audit.text()).doesNotContain("counter-7-pass").doesNotContain("another-pass-1");
    }

    @Test
    void aMemberTakenOffWhileAtACounterHasItClosedButNotWhileTheyHoldATicket() {
        String token = api.login("1001");
        api.post("/api/v1/counters/1/open", token, null);
        api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\",\"priority\":false}");
        api.post("/api/v1/counters/1/call-next", token, null);

        Reply holding = api.send("DELETE", "/api/v1/staff/1001", manager, null);
        assertThat(holding.status()).isEqualTo(409);
        assertThat(member("1001").get("active").asBoolean()).isTrue();

        api.post("/api/v1/counters/1/no-show", token, null);
        assertThat(api.send("DELETE", "/api/v1/staff/1001", manager, null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/counters/1", manager).json().get("state").asText()).isEqualTo("CLOSED");
    }

    private Reply login(String badge, String password) {
        return api.post("/api/v1/auth/login", null, "{\"badge\":\"" + badge + "\",\"password\":\"" + password + "\"}");
    }

    private JsonNode member(String badge) {
        return member(badge, manager);
    }

    private JsonNode member(String badge, String token) {
        for (JsonNode m : api.get("/api/v1/staff", token).json()) {
            if (m.get("badge").asText().equals(badge)) {
                return m;
            }
        }
        throw new AssertionError("no member " + badge);
    }

    private String refusedField(String body) {
        Reply r = api.post("/api/v1/staff", manager, body);
        assertThat(r.status()).as(body).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.json().get("field").asText();
    }
}
