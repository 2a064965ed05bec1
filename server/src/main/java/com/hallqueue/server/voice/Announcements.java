package com.hallqueue.server.voice;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Call announcements as audio, joined from recorded clips so that no screen needs speech
 * synthesis: a chime, then 请A001号到3号窗口办理 (or the English sentence), repeated.
 */
public final class Announcements {

    /** Refused input, naming the field. */
    public static final class BadCall extends RuntimeException {
        private final String field;

        BadCall(String field, String detail) {
            super(detail, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[A-Z][0-9]{1,6}");
    private final ClipPack clips;

    private Announcements(ClipPack clips) {
        this.clips = clips;
    }

    /** Loads every clip now; a broken pack is refused here, at start, naming the file. */
    public static Announcements load(Optional<Path> hallClips) {
        try {
            return new Announcements(ClipPack.load(hallClips));
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("voice clips: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("voice clips: " + e.getMessage(), e);
        }
    }

    /** A WAV of the call of ticket {@code number} to {@code counter}, said {@code times} times. */
    public byte[] call(String number, int counter, String lang, int times) {
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new BadCall("number", "must be a ticket number such as A001");
        }
        if (counter < 1 || counter > 999) {
            throw new BadCall("counter", "must be a counter number 1 to 999");
        }
        if (!"zh".equals(lang) && !"en".equals(lang)) {
            throw new BadCall("lang", "must be zh or en");
        }
        if (times < 1 || times > 3) {
            throw new BadCall("repeat", "must be 1 to 3");
        }
        return clips.join(Phrases.call(number, counter, lang, times), Phrases.SILENCE_MILLIS);
    }
}
