package com.hallqueue.server.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
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
 * the files of a directory, and leaves on the real disk what a power cut could leave: the
 * forced content plus none, some or all of the unforced writes in order, the last of them
 * possibly torn at a random byte. It can also be full: writes fail, as on a full disk.
 */
public final class CrashDisk extends FilePathWrapper {

    private static final Map<String, Image> IMAGES = new ConcurrentHashMap<>();
    /** Directories whose power was cut: nothing in them is created, renamed or deleted any more. */
    private static final java.util.Set<String> DEAD = ConcurrentHashMap.newKeySet();
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
        DEAD.add(dir);
        IMAGES.forEach((path, image) -> {
            if (path.startsWith(dir)) {
                lost.append(image.cut(random)).append(' ');
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
        checkPower(path);
        Image image = IMAGES.computeIfAbsent(path, Image::new);
        return new TrackedFile(getBase().open(mode), image);
    }

    /** A rename reaches the disk at once (the journal's generations); the file's image moves with it. */
    @Override
    public void moveTo(FilePath newName, boolean atomicReplace) {
        String from = getBase().toString();
        String to = ((FilePathWrapper) newName).unwrap().toString();
        refuseWithoutPower(from);
        Image image = IMAGES.remove(from);
        super.moveTo(newName, atomicReplace);
        if (image != null) {
            IMAGES.put(to, image);
        }
    }

    @Override
    public void delete() {
        refuseWithoutPower(getBase().toString());
        IMAGES.remove(getBase().toString());
        super.delete();
    }

    @Override
    public boolean createFile() {
        refuseWithoutPower(getBase().toString());
        return super.createFile();
    }

    private static void checkPower(String path) throws IOException {
        if (DEAD.stream().anyMatch(dir -> path.startsWith(dir + "/"))) {
            throw new IOException("the power is off");
        }
    }

    private static void refuseWithoutPower(String path) {
        try {
            checkPower(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What the disk itself holds of one file. The real file has every write, as the page
     * cache would; for each write not yet forced, the bytes it replaced are kept, so a cut
     * can take unforced writes back, newest first.
     */
    private static final class Image {
        private final String path;
        private final List<Undo> unforced = new ArrayList<>();
        private boolean dead;

        /** One unforced write or truncation: where, how long it was, what it replaced. */
        private record Undo(long at, int length, byte[] replaced, long lengthBefore) {
        }

        private Image(String path) {
            this.path = path;
        }

        synchronized void write(FileChannel base, long at, byte[] bytes) throws IOException {
            check();
            if (full) {
                throw new IOException("No space left on device");
            }
            long before = base.size();
            unforced.add(new Undo(at, bytes.length, read(base, at, (int) Math.max(0, Math.min(bytes.length, before - at))),
                    before));
        }

        synchronized void truncate(FileChannel base, long size) throws IOException {
            check();
            long before = base.size();
            if (size < before) {
                unforced.add(new Undo(size, 0, read(base, size, (int) (before - size)), before));
            }
        }

        synchronized void force() throws IOException {
            check();
            unforced.clear();
        }

        synchronized void check() throws IOException {
            if (dead) {
                throw new IOException("the power is off");
            }
        }

        /** Kills the file and takes back from the real file what the cut loses. */
        synchronized String cut(Random random) {
            dead = true;
            int kept = unforced.isEmpty() ? 0 : random.nextInt(unforced.size() + 1);
            int tornAt = kept < unforced.size() && random.nextBoolean()
                    ? random.nextInt(unforced.get(kept).length() + 1) : -1;
            try (RandomAccessFile f = new RandomAccessFile(path, "rw")) {
                for (int i = unforced.size() - 1; i > kept; i--) {
                    undo(f, unforced.get(i), 0);
                }
                if (kept < unforced.size()) {
                    undo(f, unforced.get(kept), Math.max(0, tornAt));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return String.format("%s: kept %d of %d unforced writes%s", java.nio.file.Path.of(path).getFileName(),
                    kept, unforced.size(), tornAt >= 0 ? ", the next torn at byte " + tornAt : "");
        }

        /** Puts back what the write replaced, from byte {@code keep} of it on; the first {@code keep} stay. */
        private static void undo(RandomAccessFile f, Undo u, int keep) throws IOException {
            if (u.length() == 0) {
                f.setLength(u.lengthBefore());
                f.seek(u.at());
                f.write(u.replaced());
                return;
            }
            if (keep < u.replaced().length) {
                f.seek(u.at() + keep);
                f.write(u.replaced(), keep, u.replaced().length - keep);
            }
            f.setLength(keep == 0 ? u.lengthBefore() : Math.max(u.lengthBefore(), u.at() + keep));
        }

        private static byte[] read(FileChannel base, long at, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && base.read(buffer, at + buffer.position()) >= 0) {
                // read on until the buffer is full or the file ends
            }
            return buffer.array();
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
            image.write(base, position, bytes);
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
            image.truncate(base, size);
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

        /** The simulated disk takes no locks of the operating system's: a renamed file would keep them. */
        @Override
        public java.nio.channels.FileLock tryLock(long position, long size, boolean shared) {
            return new java.nio.channels.FileLock(this, position, size, shared) {
                private volatile boolean held = true;

                @Override
                public boolean isValid() {
                    return held && isOpen();
                }

                @Override
                public void release() {
                    held = false;
                }
            };
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
