package dev.rolefit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real browser renders the sample report: Debian's headless Chromium takes a screenshot with no
 * console message. Skipped where {@code /usr/bin/chromium} is missing ({@code .ci/run} installs it).
 */
class MatchHtmlChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void sampleReport_rendersToAPngWithoutConsoleMessages(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + "; the render test is skipped");
        Path report = dir.resolve("report.html");
        Cli.Run run = Cli.run("match", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                "--as-of", "2026-11", "--top", "5", "--include-rejected", "--format", "html", "--out", report.toString());
        assertEquals(0, run.exitCode(), run::toString);

        Path png = dir.resolve("report.png");
        String output = chromium(dir, "--screenshot=" + png, "--window-size=1280,2000", "--enable-logging=stderr",
                "--v=0", report.toUri().toString());

        // Debian's Chromium (156 when this was written) logs every console message, errors included, as
        // INFO:CONSOLE, so ERROR:CONSOLE alone would miss them. The page logs nothing itself, so any
        // console line (an exception, a style or script the policy refused) is a failure.
        List<String> console = output.lines()
                .filter(l -> l.contains("Uncaught") || l.contains("ERROR:CONSOLE") || l.contains(":CONSOLE"))
                .toList();
        assertEquals(List.of(), console, output);

        assertTrue(Files.exists(png), "no screenshot:\n" + output);
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), "a PNG file");
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
        assertEquals(1280, header.getInt(), "width");
        assertEquals(2000, header.getInt(), "height");
        assertTrue(bytes.length > 50_000, "a page with content, not a blank one: " + bytes.length + " bytes");
    }

    @Test
    void sampleReport_scriptRunsUnderThePagesOwnPolicy(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + "; the render test is skipped");
        Path report = dir.resolve("report.html");
        Cli.Run run = Cli.run("match", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                "--as-of", "2026-11", "--top", "2", "--format", "html", "--out", report.toString());
        assertEquals(0, run.exitCode(), run::toString);
        String html = Files.readString(report, StandardCharsets.UTF_8);

        // The DOM after the script ran: every sortable heading has become a button.
        String dom = chromium(dir, "--dump-dom", report.toUri().toString());
        int sortable = html.split("data-sort=", -1).length - 1;
        assertTrue(sortable > 12, "sortable headings in the page: " + sortable);
        assertEquals(sortable, dom.split("<button type=\"button\">", -1).length - 1, "sort buttons after the script ran");
    }

    /** Runs headless Chromium with a throw-away profile and returns what it printed (stdout and stderr). */
    private static String chromium(Path dir, String... arguments) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "chromium", ".log");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Chromium writes caches and crash reports under $HOME even with its own profile: keep them in the test's folder.
        Path home = Files.createTempDirectory(dir, "home");
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        Process chromium = builder
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
            fail("chromium took more than 60 s:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, chromium.exitValue(), output);
        return output;
    }
}
