package io.convert.io;

import io.convert.spi.ConvertException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file through a temporary sibling that is moved over the target only once complete,
 * so a failed conversion never leaves a partial file nor touches an existing one.
 */
public final class AtomicOutput {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private AtomicOutput() {
    }

    /** What produces the content, given the stream to write it to. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to {@code target}, creating the folders it is to be in. On any
     * exception the temporary file is deleted and {@code target} is left as it was.
     *
     * @throws ConvertException output (exit 3) when the folder or the file could not be created,
     *     written or moved into place; internal (exit 4) when {@code content} itself failed
     */
    public static void write(Path target, Content content) {
        if (writesThrough(target)) {
            writeThrough(target, content);
            return;
        }
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ConvertException(ConvertException.Kind.OUTPUT, "cannot create folder " + folder, e);
        }
        Path tmp;
        try {
            tmp = createSibling(folder, target.getFileName().toString());
        } catch (IOException e) {
            throw ConvertException.cannotWrite(target.toString(), e);
        }
        // Also covers a conversion abandoned on time-out, whose finally block never runs.
        tmp.toFile().deleteOnExit();
        boolean done = false;
        try {
            try (OutputStream file = Files.newOutputStream(tmp)) {
                fill(file, target, content);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw ConvertException.cannotWrite(target.toString(), e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // deleteOnExit still removes it
                }
            }
        }
    }

    /**
     * Whether {@code target} is a device, a pipe or a link ("/dev/null", "/dev/stdout", a named pipe, a
     * link to a file kept elsewhere): a file moved over it would replace the device or the link itself,
     * which for /dev/null run as root breaks the whole machine.
     */
    private static boolean writesThrough(Path target) {
        return Files.isSymbolicLink(target) || Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    /** Writes straight into {@code target}: a device or a pipe cannot be written beside and moved. */
    private static void writeThrough(Path target, Content content) {
        try (OutputStream file = Files.newOutputStream(target)) {
            fill(file, target, content);
        } catch (IOException e) {
            throw ConvertException.cannotWrite(target.toString(), e);
        }
    }

    /** Writes {@code content} into {@code file}, telling a failing disk (exit 3) from a failing writer (exit 4). */
    private static void fill(OutputStream file, Path target, Content content) {
        WatchedOutput watched = new WatchedOutput(file);
        OutputStream out = new BufferedOutputStream(watched, 1 << 16);
        try {
            content.writeTo(out);
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            if (watched.failed()) throw ConvertException.cannotWrite(target.toString(), e);
            throw ConvertException.writerFailed(e);
        }
    }

    /**
     * A new hidden file beside the target, with the permissions the umask gives any new file.
     * Files.createTempFile would make it private and seed a SecureRandom for its name, which
     * costs a short conversion a few percent of its time.
     */
    private static Path createSibling(Path dir, String name) throws IOException {
        String prefix = "." + name + "." + ProcessHandle.current().pid() + ".";
        while (true) {
            Path tmp = dir.resolve(prefix + SEQUENCE.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // left by an earlier process with the same id: try the next name
            }
        }
    }
}
