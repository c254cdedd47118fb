package dev.rolefit.bench;

import dev.rolefit.cli.Rolefit;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Generated data for benchmarks: {@code rolefit generate}, run in-process. */
final class Populations {
    static final String CANDIDATES = "candidates.jsonl";
    static final String VACANCIES = "vacancies.jsonl";

    private Populations() {
    }

    /**
     * Writes {@code candidates} candidates and {@code vacancies} vacancies for {@code seed} into
     * {@code dir} (candidates.jsonl, vacancies.jsonl), exactly as {@code rolefit generate} does.
     *
     * @throws IllegalStateException when the command fails, with what it printed
     */
    static void generate(Path dir, long candidates, long vacancies, long seed) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Rolefit.configure(new CommandLine(new Rolefit()));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute("generate", "--candidates", String.valueOf(candidates),
                "--vacancies", String.valueOf(vacancies), "--seed", String.valueOf(seed), "--out", dir.toString());
        if (exit != 0) {
            throw new IllegalStateException("rolefit generate exited " + exit + ": " + out + err);
        }
    }

    /** A new temporary folder with a generated population in it. */
    static Path temporary(long candidates, long vacancies, long seed) {
        try {
            Path dir = Files.createTempDirectory("rolefit-bench-");
            generate(dir, candidates, vacancies, seed);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder made by {@link #temporary}. */
    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "2000x200" as {2000, 200}. */
    static long[] size(String text) {
        String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("size '" + text + "' is not CANDIDATESxVACANCIES, e.g. 2000x200");
        }
        return new long[] {Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim())};
    }
}
