package org.mentorkit.model.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.ToolkitException;

/**
 * The one way mentorkit opens a file a user named: regular files only, within a size limit, with a message that says
 * what the path really is (a folder, a pipe, a device, a link in a loop, missing). It looks before it opens, so a FIFO
 * given by mistake is refused at once instead of blocking the command forever.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The whole content of a regular file no larger than {@code limit}; {@code what} names the kind of file in
     * messages ("a program file", "a logo").
     */
    public static byte[] readBytes(Path file, long limit, String what) {
        long size = requireRegularFile(file, what);
        if (size > limit) {
            throw tooLarge(file, size, limit, what);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // The size can change between the look and the read; never read more than the limit allows.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(file, bytes.length, limit, what);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(file, e, what);
        }
    }

    /**
     * Checks that {@code file} is a regular file (following symbolic links) and returns its size; otherwise throws an
     * {@link InvalidInputException} naming the file and saying what it is instead.
     */
    public static long requireRegularFile(Path file, String what) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(file, e, what);
        }
        if (attributes.isDirectory()) {
            throw new InvalidInputException(file.toString(), "is a folder, not a file; expected " + what);
        }
        if (!attributes.isRegularFile()) {
            throw new InvalidInputException(file.toString(), "is not a regular file (it is a pipe, a device or a "
                    + "socket); expected " + what + " saved on disk");
        }
        return attributes.size();
    }

    /** The failure to look at or read {@code file} as a message without Java class names. */
    public static RuntimeException unreadable(Path file, IOException e, String what) {
        String where = file.toString();
        if (e instanceof NoSuchFileException) {
            if (Files.isSymbolicLink(file)) {
                return new InvalidInputException(where, "is a symbolic link to a file that does not exist");
            }
            return new InvalidInputException(where, "no such file; expected " + what);
        }
        if (e instanceof NotDirectoryException) {
            return new InvalidInputException(where, "no such file: a part of the path is a file, not a folder");
        }
        if (e instanceof AccessDeniedException) {
            return new InvalidInputException(where, "cannot be read: permission denied");
        }
        if (e instanceof FileSystemException fs && Files.isSymbolicLink(file) && fs.getReason() != null
                && fs.getReason().toLowerCase(java.util.Locale.ROOT).contains("symbolic link")) {
            return new InvalidInputException(where, "is a symbolic link that leads in a loop; point it at a real file");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")) {
            return new InvalidInputException(where, "is reached through symbolic links that lead in a loop");
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return new ToolkitException(ErrorCode.IO, "could not read " + where + ": " + (reason == null ? "input/output error" : reason), e);
    }

    private static InvalidInputException tooLarge(Path file, long size, long limit, String what) {
        return new InvalidInputException(file.toString(), "is " + Limits.describe(size) + "; " + what
                + " may be at most " + Limits.describe(limit) + " (is this the right file?)");
    }
}
