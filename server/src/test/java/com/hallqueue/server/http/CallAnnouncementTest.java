package com.hallqueue.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.RunningHall;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/announcements/call.wav}: a real WAV, checked with the JDK's own audio
 * reader and a RIFF header read here, whose length is the chime, the pauses and the clips
 * of the sentence said twice.
 */
class CallAnnouncementTest {

    private static final RunningHall HALL = RunningHall.demo();
    private static final double CHIME_PAUSE = 0.3;
    private static final double REPEAT_PAUSE = 0.8;

    @AfterAll
    static void stop() {
        HALL.close();
    }

    @Test
    void chineseCallIsTheChimeThenTheSentenceTwice() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/announcements/call.wav?number=A001&counter=12&lang=zh");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("audio/wav");
        List<String> sentence = List.of("zh/qing", "zh/A", "zh/0", "zh/0", "zh/1", "zh/hao", "zh/dao",
                "zh/shi", "zh/2", "zh/hao", "zh/chuangkou", "zh/banli");
        assertThat(seconds(r.body())).isCloseTo(expected(sentence), org.assertj.core.data.Offset.offset(0.002));
        assertThat(riffSizesAgree(r.body())).isTrue();
    }

    @Test
    void englishCallSpellsTheNumberAndTheCounter() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/announcements/call.wav?number=B120&counter=3&lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> sentence = List.of("en/number", "en/B", "en/1", "en/2", "en/0", "en/please-go-to-counter", "en/3");
        assertThat(seconds(r.body())).isCloseTo(expected(sentence), org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void badCallsAreRefusedNamingTheField() throws Exception {
        for (String query : List.of("number=A001&counter=3&lang=fr", "number=a001&counter=3", "number=A001&counter=0",
                "number=A001", "number=A001&counter=x", "counter=3", "number=A001&counter=3&repeat=9")) {
            HttpResponse<byte[]> r = get("/api/v1/announcements/call.wav?" + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    private static double expected(List<String> sentence) throws Exception {
        double total = clipSeconds("chime") + CHIME_PAUSE + REPEAT_PAUSE;
        for (String clip : sentence) {
            total += 2 * clipSeconds(clip);
        }
        return total;
    }

    private static double clipSeconds(String name) throws Exception {
        try (InputStream in = CallAnnouncementTest.class.getResourceAsStream("/voice/" + name + ".wav")) {
            return seconds(in.readAllBytes());
        }
    }

    /** Duration as the JDK's audio system reads the file. */
    private static double seconds(byte[] wav) throws Exception {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(new ByteArrayInputStream(wav)))) {
            AudioFormat f = audio.getFormat();
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(f.getSampleRate()).isEqualTo(16000f);
            return audio.getFrameLength() / f.getFrameRate();
        }
    }

    /** The RIFF size is the file less 8 bytes and the data chunk runs to the end. */
    private static boolean riffSizesAgree(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        String riff = new String(wav, 0, 4, StandardCharsets.US_ASCII);
        String data = new String(wav, 36, 4, StandardCharsets.US_ASCII);
        return riff.equals("RIFF") && b.getInt(4) == wav.length - 8 && data.equals("data") && b.getInt(40) == wav.length - 44;
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HALL.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
