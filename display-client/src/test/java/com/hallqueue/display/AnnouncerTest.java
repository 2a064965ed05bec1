package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.hallqueue.client.HallClient;
import com.hallqueue.printer.Eventually;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AnnouncerTest {

    private static final Duration SOON = Duration.ofSeconds(10);

    @Test
    void callsAreSpokenOneAtATimeInCallOrder() throws Exception {
        SlowSpeaker speaker = new SlowSpeaker();
        try (ClipServer clips = ClipServer.echoing(); Announcer announcer = announcer(clips, speaker)) {
            announcer.announce("A001", 1);
            announcer.announce("B002", 3);
            announcer.announce("A003", 2);

            Eventually.await("three calls spoken", SOON, () -> speaker.said.size() == 6);
        }
        assertThat(speaker.said).containsExactly(
                "start number=A001&counter=1&lang=zh", "end number=A001&counter=1&lang=zh",
                "start number=B002&counter=3&lang=zh", "end number=B002&counter=3&lang=zh",
                "start number=A003&counter=2&lang=zh", "end number=A003&counter=2&lang=zh");
    }

    @Test
    void aBroadcastIsSaidAsSoonAsTheClipPlayingEndsBeforeTheCallsStillWaiting() throws Exception {
        SlowSpeaker speaker = new SlowSpeaker();
        try (ClipServer clips = ClipServer.echoing(); Announcer announcer = announcer(clips, speaker)) {
            announcer.announce("A001", 1);
            Eventually.await("the first call playing", SOON, () -> speaker.said.size() == 1);
            announcer.announce("B002", 3);
            announcer.broadcast("EVACUATION");

            Eventually.await("the call, the broadcast and the next call spoken", SOON, () -> speaker.said.size() == 6);
        }
        assertThat(speaker.said).containsExactly(
                "start number=A001&counter=1&lang=zh", "end number=A001&counter=1&lang=zh",
                "start kind=EVACUATION&lang=zh", "end kind=EVACUATION&lang=zh",
                "start number=B002&counter=3&lang=zh", "end number=B002&counter=3&lang=zh");
    }

    @Test
    void withoutASoundCardItSaysSoOnceAndCarriesOnWithTheNextCalls() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger soundCardLog = (Logger) LoggerFactory.getLogger(SoundCard.class);
        soundCardLog.addAppender(log);
        SoundCard noCard = new SoundCard(format -> {
            throw new LineUnavailableException("no audio device");
        });
        try (ClipServer clips = new ClipServer(); Announcer announcer = announcer(clips, noCard)) {
            List.of("A001", "A002", "A003").forEach(n -> announcer.announce(n, 1));

            Eventually.await("every clip still fetched", SOON, () -> clips.queries.size() == 3);
            Thread.sleep(200);
        } finally {
            soundCardLog.detachAppender(log);
        }
        assertThat(log.list).hasSize(1);
        assertThat(log.list.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(log.list.get(0).getFormattedMessage()).contains("no sound card", "no audio device");
    }

    private static Announcer announcer(ClipServer clips, Speaker speaker) {
        return new Announcer(new HallClient(URI.create(clips.url()), "demo-display"), "zh", speaker);
    }

    /** Takes 150 ms per clip and notes when each starts and ends. */
    private static final class SlowSpeaker implements Speaker {
        final List<String> said = new CopyOnWriteArrayList<>();

        @Override
        public boolean play(byte[] clip) {
            String which = new String(clip, StandardCharsets.UTF_8);
            said.add("start " + which);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            said.add("end " + which);
            return true;
        }
    }
}
