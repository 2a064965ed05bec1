package com.hallqueue.display;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** A speaker that decodes each clip as javax.sound would and keeps its length in frames. */
final class RecordingSpeaker implements Speaker {

    final List<Long> played = new CopyOnWriteArrayList<>();

    @Override
    public boolean play(byte[] wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            played.add(in.getFrameLength());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
