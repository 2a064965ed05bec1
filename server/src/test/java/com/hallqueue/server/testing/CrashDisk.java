package com.hallqueue.server.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FileBaseDefault;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that can lose its power, for H2 ({@code jdbc:h2:crash:/dir/name}) and the journal
 * ({@code crash:/dir/name.journal}) alike. Every write goes to the real file, as it would to
 * the page cache, and is also kept apart until the file is forced. {@link #powerCut} stops
 * the files of a directory, and lays down on the real disk what a power cut could leave:
 * the forced content plus none, some or all of the unforced writes in order, the last of
 * them possibly torn at a random byte. It can also be full: writes fail, as on a full disk.
 */
public final class CrashDisk extends FilePathWrapper {

    private static final Map<String, Image> IMAGES = new ConcurrentHashMap<>();
    private static volatile boolean full;

    /** Makes the {@code crash:} prefix known to H2; once per JVM is enough. */
    public static synchronized void install() {
        FilePath.register(new CrashDisk());
    }

    /** While full, every write fails with "No space left on device"; nothing else changes. */
    public static void full(boolean isFull) {
        full = isFull;
    }

    /**
     * Cuts the power to every file under {@code dir}: from now on they refuse every
     * operation, and the real files hold what survived. Returns what was lost, for the log.
     */
    public static String powerCut(String dir, Random random) {
        StringBuilder lost = new StringBuilder();
        IMAGES.forEach((path, image) -> {
            if (path.startsWith(dir)) {
                lost.append(image.cut(path, random)).append(' ');
            }
        });
        IMAGES.keySet().removeIf(path -> path.startsWith(dir));
        return lost.toString().trim();
    }

    @Override
    public String getScheme() {
        return "crash";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        String path = getBase().toString();
        Image image = IMAGES.computeIfAbsent(path, Image::ofDisk);
        return new TrackedFile(getBase().open(mode), image);
    }

    @Override
    public void delete() {
        IMAGES.remove(getBase().toString());
        super.delete();
    }

    /** What the disk itself holds of one file: its forced bytes and the writes since. */
    private static final class Image {
        private byte[] forced;
        private final List<long[]> truncates = new ArrayList<>();
        private final List<Object[]> pending = new ArrayList<>();
        private boolean dead;

        private Image(byte[] forced) {
            this.forced = forced;
        }

        static Image ofDisk(String path) {
            try {
                java.nio.file.Path p = java.nio.file.Path.of(path);
                return new Image(java.nio.file.Files.exists(p) ? java.nio.file.Files.readAllBytes(p) : new byte[0]);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        synchronized void write(long at, byte[] bytes) throws IOException {
            check();
            if (full) {
                throw new IOException("No space left on device");
            }
            pending.add(new Object[] {at, bytes});
        }

        synchronized void truncate(long size) throws IOException {
            check();
            pending.add(new Object[] {size, null});
        }

        synchronized void force() throws IOException {
            check();
            forced = apply(forced, pending, pending.size(), -1);
            pending.clear();
        }

        synchronized void check() throws IOException {
            if (dead) {
                throw new IOException("the power is off");
            }
        }

        /** Kills the file and writes what a cut leaves of it to the real disk. */
        synchronized String cut(String path, Random random) {
            dead = true;
            int kept = pending.isEmpty() ? 0 : random.nextInt(pending.size() + 1);
            int tornAt = kept < pending.size() && random.nextBoolean() ? random.nextInt(length(pending.get(kept)) + 1)
                    : -1;
            byte[] left = apply(forced, pending, kept, tornAt);
            try (RandomAccessFile f = new RandomAccessFile(path, "rw")) {
                f.setLength(0);
                f.write(left);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return String.format("%s: kept %d of %d unforced writes%s", java.nio.file.Path.of(path).getFileName(),
                    kept, pending.size(), tornAt >= 0 ? ", the next torn at byte " + tornAt : "");
        }

        private static int length(Object[] op) {
            return op[1] == null ? 0 : ((byte[]) op[1]).length;
        }

        /** The bytes after the first {@code count} operations, and {@code tornAt} bytes of the next. */
        private static byte[] apply(byte[] base, List<Object[]> ops, int count, int tornAt) {
            byte[] out = base;
            for (int i = 0; i < ops.size() && i <= count; i++) {
                Object[] op = ops.get(i);
                long at = (long) op[0];
                if (i == count) {
                    if (tornAt < 0 || op[1] == null) {
                        break;
                    }
                    out = write(out, at, Arrays.copyOf((byte[]) op[1], tornAt));
                } else if (op[1] == null) {
                    out = Arrays.copyOf(out, (int) Math.min(out.length, at));
                } else {
                    out = write(out, at, (byte[]) op[1]);
                }
            }
            return out;
        }

        private static byte[] write(byte[] file, long at, byte[] bytes) {
            byte[] out = file.length >= at + bytes.length ? file : Arrays.copyOf(file, (int) at + bytes.length);
            System.arraycopy(bytes, 0, out, (int) at, bytes.length);
            return out;
        }
    }

    /** A file whose writes reach the real file at once and the simulated disk only when forced. */
    private static final class TrackedFile extends FileBaseDefault {
        private final FileChannel base;
        private final Image image;

        TrackedFile(FileChannel base, Image image) {
            this.base = base;
            this.image = image;
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            image.check();
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            byte[] bytes = new byte[src.remaining()];
            src.duplicate().get(bytes);
            image.write(position, bytes);
            int n = 0;
            ByteBuffer copy = ByteBuffer.wrap(bytes);
            while (copy.hasRemaining()) {
                n += base.write(copy, position + n);
            }
            src.position(src.position() + n);
            return n;
        }

        @Override
        protected void implTruncate(long size) throws IOException {
            image.truncate(size);
            base.truncate(size);
        }

        @Override
        public long size() throws IOException {
            image.check();
            return base.size();
        }

        @Override
        public void force(boolean metaData) throws IOException {
            image.force();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
