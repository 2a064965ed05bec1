package com.hallqueue.display;

import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.RunningHall;

/** A counter worked by a member of staff through the API, as the counter page would. */
final class Counter {

    private final ApiClient api;
    private final String path;
    private final String staff;

    private Counter(ApiClient api, int number, String staff) {
        this.api = api;
        this.path = "/api/v1/counters/" + number + "/";
        this.staff = staff;
    }

    static Counter open(RunningHall hall, int number, String badge) {
        return open(hall.api, number, badge);
    }

    static Counter open(ApiClient api, int number, String badge) {
        Counter c = new Counter(api, number, api.login(badge));
        c.post("open", null);
        return c;
    }

    /** The number called. */
    String callNext() {
        return post("call-next", null).json().get("number").asText();
    }

    void finish() {
        post("finish", null);
    }

    void pause() {
        post("pause", "{\"reason\":\"午休\"}");
    }

    private ApiClient.Reply post(String action, String body) {
        ApiClient.Reply r = api.post(path + action, staff, body);
        if (r.status() >= 300) {
            throw new AssertionError(action + ": " + r.status() + " " + r.text());
        }
        return r;
    }
}
