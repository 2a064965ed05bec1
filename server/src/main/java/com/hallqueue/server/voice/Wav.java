package com.hallqueue.server.voice;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Plain RIFF/WAVE PCM: reads a clip's format and samples, writes joined samples back out. */
final class Wav {

    /** PCM layout; clips of one pack must all share it to be joined. */
    record Format(int channels, int sampleRate, int bitsPerSample) {
        int bytesPerSecond() {
            return sampleRate * channels * bitsPerSample / 8;
        }

        int frameBytes() {
            return channels * bitsPerSample / 8;
        }
    }

    record Clip(Format format, byte[] pcm) {
    }

    private Wav() {
    }

    static Clip read(byte[] file, String name) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length < 12 || !tag(b, 0).equals("RIFF") || !tag(b, 8).equals("WAVE")) {
            throw new IllegalArgumentException(name + ": not a RIFF/WAVE file");
        }
        Format format = null;
        for (int at = 12; at + 8 <= file.length; ) {
            String id = tag(b, at);
            int size = b.getInt(at + 4);
            if (size < 0 || at + 8L + size > file.length) {
                throw new IllegalArgumentException(name + ": chunk " + id + " runs past the end");
            }
            if (id.equals("fmt ")) {
                format = format(b, at + 8, name);
            } else if (id.equals("data")) {
                if (format == null) {
                    throw new IllegalArgumentException(name + ": data before fmt");
                }
                byte[] pcm = new byte[size - size % format.frameBytes()];
                System.arraycopy(file, at + 8, pcm, 0, pcm.length);
                return new Clip(format, pcm);
            }
            at += 8 + size + (size & 1);
        }
        throw new IllegalArgumentException(name + ": no data chunk");
    }

    private static Format format(ByteBuffer b, int at, String name) {
        int audioFormat = b.getShort(at) & 0xFFFF;
        Format f = new Format(b.getShort(at + 2) & 0xFFFF, b.getInt(at + 4), b.getShort(at + 14) & 0xFFFF);
        if (audioFormat != 1 || f.bitsPerSample() != 16 || f.channels() < 1 || f.sampleRate() < 8000) {
            throw new IllegalArgumentException(name + ": must be 16-bit PCM, got format " + audioFormat
                    + " with " + f.bitsPerSample() + " bits");
        }
        return f;
    }

    static byte[] write(Format f, byte[] pcm) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + pcm.length);
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + pcm.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) f.channels()).putInt(f.sampleRate()).putInt(f.bytesPerSecond())
                .putShort((short) f.frameBytes()).putShort((short) f.bitsPerSample())
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(pcm.length);
        out.writeBytes(h.array());
        out.writeBytes(pcm);
        return out.toByteArray();
    }

    private static String tag(ByteBuffer b, int at) {
        byte[] t = new byte[4];
        b.get(at, t);
        return new String(t, StandardCharsets.US_ASCII);
    }
}
