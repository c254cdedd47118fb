package dev.rolefit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutputTest {
    @Test
    void csvField_quotesCommasQuotesAndLineBreaksOnly() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a, b\"", Csv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("", Csv.field(null));
    }

    @Test
    void shortVersion_keepsTwelveHexDigits() {
        assertEquals("sha256:0123456789ab…", MatchText.shortVersion("sha256:0123456789abcdef0123"));
    }

    @Test
    void printable_replacesControlCharacters() {
        assertEquals("a?[31mb", Output.printable("a\u001b[31mb"));
    }

    @Test
    void failedWrite_leavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("result.json");
        Files.writeString(file, "old");

        assertThrows(IOException.class, () -> Output.write(file, null, w -> {
            w.write("half");
            throw new IOException("interrupted");
        }));

        assertEquals("old", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
