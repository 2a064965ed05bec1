package com.hallqueue.server.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The short recordings announcements are joined from, loaded whole at start so a bad or
 * missing clip stops the server rather than a call. Names are paths such as {@code zh/3}.
 */
final class ClipPack {

    private final Map<String, Wav.Clip> clips = new HashMap<>();
    private final Wav.Format format;

    private ClipPack(Map<String, Wav.Clip> loaded) {
        clips.putAll(loaded);
        format = loaded.get(Phrases.CHIME).format();
        loaded.forEach((name, clip) -> {
            if (!clip.format().equals(format)) {
                throw new IllegalArgumentException(name + ".wav: " + clip.format() + " differs from chime.wav " + format);
            }
        });
    }

    /** The built-in pack, or the hall's own directory with the same file names. */
    static ClipPack load(Optional<Path> dir) {
        Map<String, Wav.Clip> loaded = new HashMap<>();
        for (String name : Phrases.allClips()) {
            loaded.put(name, Wav.read(bytes(dir, name + ".wav"), name + ".wav"));
        }
        return new ClipPack(loaded);
    }

    private static byte[] bytes(Optional<Path> dir, String file) {
        try {
            if (dir.isPresent()) {
                return Files.readAllBytes(dir.get().resolve(file));
            }
            try (InputStream in = ClipPack.class.getResourceAsStream("/voice/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in voice pack lacks " + file);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    Wav.Format format() {
        return format;
    }

    byte[] pcm(String name) {
        return clips.get(name).pcm();
    }

    /** The same clips in sequence as one WAV, with {@code null} entries as short silences. */
    byte[] join(List<String> names, Map<String, Integer> silenceMillis) {
        java.io.ByteArrayOutputStream pcm = new java.io.ByteArrayOutputStream();
        for (String name : names) {
            Integer gap = silenceMillis.get(name);
            pcm.writeBytes(gap != null ? silence(gap) : pcm(name));
        }
        return Wav.write(format, pcm.toByteArray());
    }

    private byte[] silence(int millis) {
        long frames = (long) format.sampleRate() * millis / 1000;
        return new byte[(int) frames * format.frameBytes()];
    }
}
