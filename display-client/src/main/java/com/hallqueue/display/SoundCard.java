package com.hallqueue.display;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine's sound card through javax.sound. A gateway without one (a headless box, a
 * missing driver) says so once in the log and keeps driving the strips and pads. Each clip
 * is played to its end before {@link #play} returns, which keeps announcements one at a time.
 */
final class SoundCard implements Speaker {

    private static final Logger LOG = LoggerFactory.getLogger(SoundCard.class);
    private final Output output;
    private boolean saidMissing;

    /** Where the samples go: the system's audio line for that format (tests give one that fails). */
    interface Output {
        SourceDataLine lineFor(AudioFormat format) throws LineUnavailableException;
    }

    SoundCard() {
        this(AudioSystem::getSourceDataLine);
    }

    SoundCard(Output output) {
        this.output = output;
    }

    @Override
    public boolean play(byte[] wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = in.getFormat();
            try (SourceDataLine line = output.lineFor(format)) {
                line.open(format);
                line.start();
                in.transferTo(new LineOutput(line));
                line.drain();
            }
            return true;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            noSoundCard(e);
        } catch (UnsupportedAudioFileException | IOException e) {
            LOG.warn("announcement clip not playable: {}", e.getMessage());
        }
        return false;
    }

    private void noSoundCard(Exception e) {
        if (!saidMissing) {
            saidMissing = true;
            LOG.warn("no sound card to play announcements ({}); carrying on without voice", e.getMessage());
        }
    }

    /** Feeds a {@link SourceDataLine}, which blocks while its buffer is full: playback pace. */
    private static final class LineOutput extends java.io.OutputStream {
        private final SourceDataLine line;

        LineOutput(SourceDataLine line) {
            this.line = line;
        }

        @Override
        public void write(int b) {
            line.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            line.write(b, off, len - len % line.getFormat().getFrameSize());
        }
    }
}
