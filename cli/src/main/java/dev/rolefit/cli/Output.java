package dev.rolefit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.rolefit.model.InputError;
import dev.rolefit.model.RolefitJson;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/** Where a command's result goes: stdout, or a file replaced atomically so no reader sees half of it. */
final class Output {
    /** Pretty JSON as DESIGN.md shows it: 2-space indent, "key": value, empty lists as []. */
    static final ObjectWriter PRETTY = RolefitJson.mapper()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    /** One JSON value per line. */
    static final ObjectWriter COMPACT = RolefitJson.mapper().writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Writes a result onto a writer that the caller owns. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private Output() {
    }

    /** Fails early, before any work, when {@code --out} cannot be written. */
    static void checkTarget(Path file) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new UsageError("--out: '" + file + "' is a folder; give a file name");
        }
        Path folder = folderOf(file);
        if (!Files.isDirectory(folder)) {
            throw new UsageError("--out: the folder '" + folder + "' does not exist");
        }
    }

    /** Writes to {@code file} (via a temporary file in the same folder, then moved into place), or to {@code out} when it is null. */
    static void write(Path file, PrintWriter out, Body body) throws IOException {
        if (file == null) {
            body.writeTo(out);
            out.flush();
            return;
        }
        Path folder = folderOf(file);
        Path temp = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(w);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Prints each input error on stderr as "rolefit: source: location: message". */
    static void report(List<InputError> errors, PrintWriter err) {
        for (InputError e : errors) {
            err.println("rolefit: " + printable(e.toString()));
        }
        err.flush();
    }

    /** Control characters from input would drive the terminal; show them as '?'. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) && c != '\t' ? '?' : c));
        return b.toString();
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }
}
