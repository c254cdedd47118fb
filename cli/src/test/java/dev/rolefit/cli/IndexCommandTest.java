package dev.rolefit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** rolefit index and search --data: a pool that outlives one command. */
class IndexCommandTest {

    @Test
    void indexingTheSameInputTwice_changesNothing(@TempDir Path pool) {
        Cli.Run first = Cli.run("index", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                "--data", pool.toString());
        Cli.Run second = Cli.run("index", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                "--data", pool.toString());

        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.out().contains("25 candidates, 12 vacancies (37 new)"), first.out());
        assertTrue(second.out().contains("25 candidates, 12 vacancies (0 new)"), second.out());
        assertEquals("", second.err(), "the saved profiles were reused, none made again");
        assertTrue(Files.isRegularFile(pool.resolve("profiles/profiles.bin")));
    }

    @Test
    void searchOnTheDataFolder_answersWithoutTheSources(@TempDir Path pool) {
        Cli.run("index", "--candidates", "samples/candidates", "--data", pool.toString());

        Cli.Run fromData = Cli.run("search", "--data", pool.toString(), "PyTorch k8s", "--format", "csv");
        Cli.Run fromFiles = Cli.run("search", "--candidates", "samples/candidates", "PyTorch k8s", "--format", "csv");

        assertEquals(0, fromData.exitCode(), fromData.toString());
        assertEquals(fromFiles.out(), fromData.out());
    }

    @Test
    void changedTaxonomy_isNoticedAndTheProfilesAreMadeAgain(@TempDir Path pool, @TempDir Path rules, @TempDir Path inputs)
            throws Exception {
        Path candidate = Files.writeString(inputs.resolve("cand-x1.json"),
                "{\"id\": \"cand-x1\", \"headline\": \"Platform engineer\", \"skills\": [\"kubernetis\"]}");
        Cli.run("index", "--candidates", candidate.toString(), "--data", pool.toString());
        RuleFolders.copyOfRules(rules);
        Path skills = rules.resolve("data/skills.csv");
        Files.writeString(skills, Files.readString(skills).replace("k8s|kube", "k8s|kube|kubernetis"));

        Cli.Run before = Cli.run("search", "--data", pool.toString(), "Kubernetes");
        Cli.Run after = Cli.run("search", "--data", pool.toString(), "Kubernetes", "--rules", rules.toString());
        Cli.Run again = Cli.run("search", "--data", pool.toString(), "Kubernetes", "--rules", rules.toString());
        Cli.Run back = Cli.run("search", "--data", pool.toString(), "Kubernetes");

        assertTrue(before.out().startsWith("0 candidates match"), before.out());
        assertEquals("", before.err(), "the profiles saved by index were reused");
        assertTrue(after.out().startsWith("1 candidate matches: Kubernetes"), after.out());
        assertTrue(after.err().contains("1 profile was made again under the rules in use (the rules changed since"),
                after.err());
        assertEquals(after.out(), again.out());
        assertEquals("", again.err(), "saved under the new rules, so reused");
        assertTrue(back.out().startsWith("0 candidates match"), "never mixed: " + back.out());
        assertTrue(back.err().contains("the rules changed since"), back.err());

        // match on the folder says so too when it has to make the profiles again
        Cli.Run match = Cli.run("match", "--data", pool.toString(), "--vacancies", "samples/vacancies",
                "--rules", rules.toString(), "--format", "jsonl");
        assertTrue(match.err().contains("1 profile was made again under the rules in use (the rules changed since"),
                match.err());
    }

    @Test
    void matchOnTheDataFolder_givesTheSameBytesAsMatchingTheFiles(@TempDir Path pool) {
        Cli.run("index", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies", "--data", pool.toString());

        Cli.Run fromData = Cli.run("match", "--data", pool.toString(), "--as-of", "2026-11", "--format", "json");
        Cli.Run fromFiles = Cli.run("match", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                "--as-of", "2026-11", "--format", "json");

        assertEquals(0, fromData.exitCode(), fromData.toString());
        assertEquals(fromFiles.out(), fromData.out());
    }

    @Test
    void matchWithoutFilesOrData_isAUsageError() {
        Cli.Run run = Cli.run("match", "--candidates", "samples/candidates");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--vacancies PATH"), run.err());
    }
}
