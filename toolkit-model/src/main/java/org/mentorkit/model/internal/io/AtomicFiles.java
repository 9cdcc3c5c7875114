package org.mentorkit.model.internal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

/**
 * Writes files so that a reader never sees half a file and a failure leaves the earlier file as it was: the content
 * goes to a temporary file in the same directory, is flushed to disk, and is then moved over the target (atomically
 * where the file system can; otherwise by a plain replacing move). Parent directories are created.
 *
 * <p>Failures are {@link ToolkitException}s with code {@code MK-IO}.
 */
public final class AtomicFiles {

    /** Writes the whole content of a file to the given stream; for PDFs and other generated binaries. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 (no BOM). */
    public static void writeString(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes}. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code content} produces; if it throws, the target is left untouched and the temporary file removed. */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        // A hidden name beside the target: same file system (so the move can be atomic) and unlikely to be picked up
        // by someone listing the output folder while we write.
        Path temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, absolute);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            if (e instanceof ToolkitException toolkit) {
                throw toolkit;
            }
            throw new ToolkitException(ErrorCode.IO, "could not write " + target + ": " + describe(e), e);
        }
    }

    /**
     * Writes several files that belong together (a command's outputs), in the map's order, so that a failure leaves as
     * few of them changed as a file system allows: every target is first checked (a directory in the way is reported
     * before anything is written), then every content is staged ({@link Batch#stage}: written to its temporary file and
     * flushed to disk; a full disk or a denied write fails here, leaving every target as it was), and only then are the
     * temporary files moved over their targets one after the other ({@link Batch#commit}). Only a failure of the file
     * system during those final moves can leave some targets new and some old; the exception then names the files
     * already replaced.
     *
     * <p>Callers compute every content before calling this, so that invalid input or a failure while generating never
     * reaches the disk.
     */
    public static void writeAll(Map<Path, byte[]> contents) {
        for (Path target : contents.keySet()) {
            if (Files.isDirectory(target)) {
                throw new ToolkitException(ErrorCode.IO, "could not write " + target.toAbsolutePath()
                        + ": it is a directory; nothing was written");
            }
        }
        try (Batch batch = new Batch()) {
            contents.forEach((target, bytes) -> batch.stage(target, out -> out.write(bytes)));
            batch.commit();
        }
    }

    /**
     * Files staged one by one (from any thread, e.g. while each is rendered) and moved over their targets together at
     * the end: until {@link #commit} no target is touched, and {@link #close} without a commit removes every staged
     * file, so a failure while producing any of them leaves every target as it was.
     */
    public static final class Batch implements AutoCloseable {

        private final Map<Path, Path> staged = new LinkedHashMap<>();
        private boolean committed;

        /** Writes the content to a temporary file beside {@code target} and flushes it; the target is not touched. */
        public void stage(Path target, Content content) {
            Path absolute = target.toAbsolutePath();
            Path directory = absolute.getParent();
            Path temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                if (Files.isDirectory(absolute)) {
                    throw new ToolkitException(ErrorCode.IO, "could not write " + absolute + ": it is a directory");
                }
                Files.createDirectories(directory);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                     OutputStream out = Channels.newOutputStream(channel)) {
                    content.writeTo(out);
                    out.flush();
                    channel.force(true);
                }
            } catch (IOException | RuntimeException e) {
                deleteQuietly(temporary);
                if (e instanceof ToolkitException toolkit) {
                    throw toolkit;
                }
                throw new ToolkitException(ErrorCode.IO, "could not write " + target + ": " + describe(e), e);
            }
            Path earlier;
            synchronized (this) {
                earlier = staged.put(absolute, temporary);
            }
            if (earlier != null) {
                deleteQuietly(earlier);
            }
        }

        /** Moves every staged file over its target, in the order staged; returns the targets. */
        public synchronized List<Path> commit() {
            List<Path> replaced = new ArrayList<>();
            for (Map.Entry<Path, Path> entry : staged.entrySet()) {
                try {
                    move(entry.getValue(), entry.getKey());
                    replaced.add(entry.getKey());
                } catch (IOException | RuntimeException e) {
                    throw new ToolkitException(ErrorCode.IO, "could not write " + entry.getKey() + ": " + describe(e)
                            + "; already replaced: " + (replaced.isEmpty() ? "none" : replaced), e);
                }
            }
            committed = true;
            return List.copyOf(replaced);
        }

        /** Removes every staged file that was not moved (all of them without a successful commit). */
        @Override
        public synchronized void close() {
            if (!committed) {
                staged.values().forEach(AtomicFiles::deleteQuietly);
            }
            staged.clear();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // The write already failed; that failure is what the caller needs to hear about.
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
