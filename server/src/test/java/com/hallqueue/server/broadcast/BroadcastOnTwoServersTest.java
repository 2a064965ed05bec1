package com.hallqueue.server.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.HallApp;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.Postgres;
import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers of one hall on one PostgreSQL database: a broadcast sent at one reaches the
 * screens following the other at once and is read there; a photo put in at one is served by
 * the other, and so is the duty manager named at one.
 */
class BroadcastOnTwoServersTest {

    private final String database = Postgres.freshSchema();
    private final RunningHall first = RunningHall.start(Halls.demo(), database, HallApp.PRINTER_SILENCE);
    private final RunningHall second = RunningHall.start(Halls.demo(), database, HallApp.PRINTER_SILENCE);

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void aBroadcastSentAtOneServerReachesTheScreensOfTheOther() {
        EventStream screen = second.api.events("demo-display");
        screen.next("snapshot");
        String manager = first.api.login("9001");

        assertThat(first.api.post("/api/v1/broadcast", manager, "{\"kind\":\"EVACUATION\",\"text\":\"东门\"}").status())
                .isEqualTo(201);

        assertThat(screen.next("broadcast.started").get("broadcast").get("text").asText()).isEqualTo("东门");
        assertThat(second.api.get("/api/v1/broadcast", null).json().get("broadcast").get("kind").asText())
                .isEqualTo("EVACUATION");
        assertThat(second.api.send("DELETE", "/api/v1/broadcast", second.api.login("9001"), null).status()).isEqualTo(200);
        assertThat(first.api.get("/api/v1/broadcast", null).json().get("broadcast").isNull()).isTrue();
        screen.close();
    }

    @Test
    void aPhotoAndADutyManagerSetAtOneServerAreServedByTheOther() throws Exception {
        String manager = first.api.login("9001");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(30, 40, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", out);
        byte[] png = out.toByteArray();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first.port()
                + "/api/v1/staff/1002/photo")).header("Authorization", "Bearer " + manager)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        first.api.send("PUT", "/api/v1/duty", manager, "{\"name\":\"李主任\",\"phone\":\"8002\"}");

        HttpResponse<byte[]> photo = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + second.port()
                + "/api/v1/staff/1002/photo")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.body()).isEqualTo(png);
        assertThat(second.api.get("/api/v1/duty", null).json().get("onDuty").get("name").asText()).isEqualTo("李主任");
    }
}
