package com.hallqueue.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 胸牌 and the duty manager over HTTP: a manager gives a member a title and a photo (told
 * by its bytes, served back as the same bytes with its type and nosniff, kept over a restart),
 * anyone reads the card; the duty manager comes from the hall's file until a manager names one.
 */
class BadgeAndDutyOverHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void aTitleAndAPhotoMakeTheBadgeCardAndSurviveARestart() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("hall");
        byte[] png = image("png");
        try (RunningHall hall = RunningHall.start(Halls.demo(), url, Clock.systemUTC())) {
            ApiClient api = hall.api;
            String manager = api.login("9001");
            assertThat(api.get("/api/v1/staff/1003/card", null).json().get("photo").asBoolean()).isFalse();
            assertThat(api.send("PUT", "/api/v1/staff/1003", manager, "{\"title\":\"  二级主办  \"}").status()).isEqualTo(200);
            assertThat(putPhoto(hall, "1003", manager, png).statusCode()).isEqualTo(200);

            JsonNode card = api.get("/api/v1/staff/1003/card", null).json();
            assertThat(card.get("name").asText()).isNotBlank();
            assertThat(card.get("title").asText()).isEqualTo("二级主办");
            assertThat(card.get("photo").asBoolean()).isTrue();
            assertThat(api.get("/api/v1/audit", manager).json().get("entries").findValuesAsText("action"))
                    .contains("staff.changed", "staff.photo");
        }
        try (RunningHall again = RunningHall.start(Halls.demo(), url, Clock.systemUTC())) {
            HttpResponse<byte[]> photo = getPhoto(again, "1003");
            assertThat(photo.statusCode()).isEqualTo(200);
            assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(photo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(photo.body()).isEqualTo(png);
            assertThat(again.api.get("/api/v1/staff", again.api.login("9001")).json().findValuesAsText("title"))
                    .contains("二级主办");

            String manager = again.api.login("9001");
            byte[] jpeg = image("jpg");
            assertThat(putPhoto(again, "1003", manager, jpeg).statusCode()).isEqualTo(200);
            assertThat(getPhoto(again, "1003").headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(again.api.send("DELETE", "/api/v1/staff/1003/photo", manager, null).status()).isEqualTo(200);
            assertThat(getPhoto(again, "1003").statusCode()).isEqualTo(404);
            assertThat(again.api.send("PUT", "/api/v1/staff/1003", manager, "{\"title\":\"\"}").status()).isEqualTo(200);
            assertThat(again.api.get("/api/v1/staff/1003/card", null).json().get("title").isNull()).isTrue();
        }
    }

    @Test
    void onlyAJpegOrPngOfAtMostSixtyKilobytesIsTakenAndOnlyFromAManager() throws Exception {
        try (RunningHall hall = RunningHall.demo()) {
            String manager = hall.api.login("9001");
            assertThat(refusedField(putPhoto(hall, "1003", manager, "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo("photo");
            assertThat(refusedField(putPhoto(hall, "1003", manager, "GIF89a....".getBytes(StandardCharsets.US_ASCII))))
                    .isEqualTo("photo");
            assertThat(refusedField(putPhoto(hall, "1003", manager, new byte[0]))).isEqualTo("photo");
            byte[] tooLarge = Arrays.copyOf(image("png"), 61 * 1024);
            assertThat(refusedField(putPhoto(hall, "1003", manager, tooLarge))).isEqualTo("photo");
            assertThat(putPhoto(hall, "1003", manager, new byte[70 * 1024]).statusCode()).isEqualTo(413);
            assertThat(putPhoto(hall, "1003", hall.api.login("1003"), image("png")).statusCode()).isEqualTo(403);
            assertThat(putPhoto(hall, "4711", manager, image("png")).statusCode()).isEqualTo(404);
            assertThat(hall.api.get("/api/v1/staff/4711/card", null).status()).isEqualTo(404);
            assertThat(getPhoto(hall, "1003").statusCode()).isEqualTo(404);
            assertThat(hall.api.send("PUT", "/api/v1/staff/1003", manager, "{\"title\":\"" + "职".repeat(33) + "\"}")
                    .json().get("field").asText()).isEqualTo("title");
        }
    }

    @Test
    void theDutyManagerIsTheFilesUntilAManagerNamesOneAndBackAgain() {
        try (RunningHall hall = RunningHall.demo()) {
            ApiClient api = hall.api;
            JsonNode fromFile = api.get("/api/v1/duty", null).json().get("onDuty");
            assertThat(fromFile.get("name").asText()).isEqualTo("王主任");
            assertThat(fromFile.get("phone").asText()).isEqualTo("8001");
            assertThat(fromFile.get("named").asBoolean()).isFalse();

            String manager = api.login("9001");
            assertThat(api.send("PUT", "/api/v1/duty", manager, "{\"name\":\"李主任\",\"phone\":\"0571-8888 8002\"}").status())
                    .isEqualTo(200);
            JsonNode named = api.get("/api/v1/duty", "demo-display").json().get("onDuty");
            assertThat(named.get("name").asText()).isEqualTo("李主任");
            assertThat(named.get("phone").asText()).isEqualTo("0571-8888 8002");
            assertThat(named.get("named").asBoolean()).isTrue();

            assertThat(api.send("PUT", "/api/v1/duty", manager, "{\"phone\":\"1\"}").json().get("field").asText()).isEqualTo("name");
            assertThat(api.send("PUT", "/api/v1/duty", manager, "{\"name\":\"张\",\"phone\":\"" + "1".repeat(33) + "\"}")
                    .json().get("field").asText()).isEqualTo("phone");
            assertThat(api.send("PUT", "/api/v1/duty", api.login("1001"), "{\"name\":\"张\"}").status()).isEqualTo(403);

            assertThat(api.send("DELETE", "/api/v1/duty", manager, null).json().get("onDuty").get("name").asText())
                    .isEqualTo("王主任");
            assertThat(api.get("/api/v1/audit", manager).json().get("entries").findValuesAsText("action"))
                    .contains("duty.named", "duty.handed_back");
        }
    }

    private HttpResponse<byte[]> putPhoto(RunningHall hall, String badge, String token, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hall.port() + "/api/v1/staff/" + badge + "/photo"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> getPhoto(RunningHall hall, String badge) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hall.port() + "/api/v1/staff/" + badge
                + "/photo")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String refusedField(HttpResponse<byte[]> r) throws IOException {
        assertThat(r.statusCode()).isEqualTo(400);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("field").asText();
    }

    /** A small head-and-shoulders picture, as ImageIO writes it. */
    static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(90, 120, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(30, 80, 160));
        g.fillRect(0, 0, 90, 120);
        g.setColor(Color.WHITE);
        g.fillOval(30, 20, 30, 36);
        g.fillOval(15, 70, 60, 70);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }
}
