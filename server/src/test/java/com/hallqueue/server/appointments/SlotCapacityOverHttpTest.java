package com.hallqueue.server.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.ApiClient.Reply;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A manager changes how many may book each slot of a service while the hall runs; the next
 * booking goes by it. The demo hall takes three a slot; Friday 2026-11-27, 09:00 in Shanghai.
 */
class SlotCapacityOverHttpTest {

    private final RunningHall hall = RunningHall.start(Halls.demo(), VirtualClock.at("2026-11-27T01:00:00Z"));
    private final ApiClient api = hall.api;
    private final String manager = api.login("9001");

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void aFullSlotTakesAnotherBookingOnceTheManagerRaisesItsCapacity() {
        for (int i = 1; i <= 3; i++) {
            assertThat(book("A", "1390000000" + i).status()).isEqualTo(201);
        }
        assertThat(book("A", "13900000004").status()).isEqualTo(409);

        Reply raised = api.send("PUT", "/api/v1/slot-capacity/A", manager, "{\"capacity\":4}");

        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.json().get("A").asInt()).isEqualTo(4);
        assertThat(raised.json().get("B").asInt()).isEqualTo(3);
        assertThat(slot("A").get("capacity").asInt()).isEqualTo(4);
        assertThat(book("A", "13900000004").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/audit", manager).json().get("entries").findValuesAsText("detail")).contains("3 → 4");
    }

    @Test
    void aCapacityOfNoneStopsNewBookingsOfThatServiceOnly() {
        api.send("PUT", "/api/v1/slot-capacity/B", manager, "{\"capacity\":0}");

        assertThat(book("B", "13900000001").status()).isNotEqualTo(201);
        assertThat(book("A", "13900000002").status()).isEqualTo(201);
    }

    @Test
    void badCapacitiesAreRefusedAndOnlyManagersChangeThem() {
        assertThat(field(api.send("PUT", "/api/v1/slot-capacity/A", manager, "{\"capacity\":-1}"))).isEqualTo("capacity");
        assertThat(field(api.send("PUT", "/api/v1/slot-capacity/A", manager, "{\"capacity\":10001}"))).isEqualTo("capacity");
        assertThat(field(api.send("PUT", "/api/v1/slot-capacity/A", manager, "{\"capacity\":\"many\"}"))).isEqualTo("capacity");
        assertThat(api.send("PUT", "/api/v1/slot-capacity/X", manager, "{\"capacity\":2}").status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/slot-capacity/A", api.login("1001"), "{\"capacity\":2}").status()).isEqualTo(403);
    }

    private JsonNode slot(String service) {
        return api.get("/api/v1/appointments/slots?service=" + service + "&date=2026-11-28", null).json().get("slots").get(20);
    }

    private Reply book(String service, String phone) {
        return api.post("/api/v1/appointments", null, "{\"service\":\"" + service + "\",\"date\":\"2026-11-28\",\"start\":\"10:00\","
                + "\"name\":\"张三\",\"phone\":\"" + phone + "\"}");
    }

    private static String field(Reply r) {
        assertThat(r.status()).isEqualTo(400);
        return r.json().get("field").asText();
    }
}
