package com.hallqueue.server.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.RunningHall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Managers keep the hall's notices over HTTP; anyone (the hall screen) reads them. */
class BulletinsOverHttpTest {

    private final RunningHall hall = RunningHall.demo();
    private final ApiClient api = hall.api;
    private final String manager = api.login("9001");

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void aNoticeAddedChangedAndRemovedIsReadByAnyoneInItsOrderAndAudited() {
        long fees = add("FEES", "收费标准", "报关单录入：免费\n查验：免费").get("id").asLong();
        long guide = add("GUIDE", "办事指南", "请先取号，按号办理").get("id").asLong();

        assertThat(api.get("/api/v1/bulletins", null).json().findValuesAsText("title")).containsExactly("收费标准", "办事指南");
        Reply moved = api.send("PUT", "/api/v1/bulletins/" + guide, manager, "{\"position\":0,\"title\":\"办事须知\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/bulletins", null).json().findValuesAsText("title")).containsExactly("办事须知", "收费标准");
        assertThat(api.get("/api/v1/bulletins", null).json().get(1).get("body").asText()).isEqualTo("报关单录入：免费\n查验：免费");

        assertThat(api.send("DELETE", "/api/v1/bulletins/" + fees, manager, null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/bulletins", "demo-display").json().findValuesAsText("title")).containsExactly("办事须知");
        assertThat(api.get("/api/v1/audit", manager).json().get("entries").findValuesAsText("action"))
                .contains("notice.added", "notice.changed", "notice.removed");
    }

    @Test
    void badNoticesAreRefusedNamingTheFieldAndOnlyManagersChangeThem() {
        assertThat(refused("{\"kind\":\"ADVERT\",\"title\":\"t\",\"body\":\"b\"}")).isEqualTo("kind");
        assertThat(refused("{\"kind\":\"FEES\",\"title\":\"" + "标".repeat(65) + "\",\"body\":\"b\"}")).isEqualTo("title");
        assertThat(refused("{\"kind\":\"FEES\",\"title\":\"t\",\"body\":\"" + "文".repeat(1001) + "\"}")).isEqualTo("body");
        assertThat(refused("{\"kind\":\"FEES\",\"title\":\"t\"}")).isEqualTo("body");
        assertThat(api.post("/api/v1/bulletins", api.login("1001"), "{\"kind\":\"FEES\",\"title\":\"t\",\"body\":\"b\"}")
                .status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/bulletins/4711", manager, null).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/v1/bulletins/x", manager, null).status()).isEqualTo(404);
    }

    private JsonNode add(String kind, String title, String body) {
        Reply r = api.post("/api/v1/bulletins", manager, "{\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"body\":\""
                + body.replace("\n", "\\n") + "\"}");
        assertThat(r.status()).isEqualTo(201);
        return r.json();
    }

    private String refused(String body) {
        Reply r = api.post("/api/v1/bulletins", manager, body);
        assertThat(r.status()).as(body).isEqualTo(400);
        return r.json().get("field").asText();
    }
}
