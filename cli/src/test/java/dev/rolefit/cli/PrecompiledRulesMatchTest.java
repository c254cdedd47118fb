package dev.rolefit.cli;

import dev.rolefit.engine.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in rules run precompiled; a rule folder that differs in any byte is compiled from its
 * DRL. On a generated population, every pair (rejected ones too) comes out the same either way.
 */
class PrecompiledRulesMatchTest {

    @Test
    void everyPairOfAGeneratedPopulation_scoresTheSame_precompiledOrCompiledFromDrl(@TempDir Path dir) throws Exception {
        // Given a generated population, and a copy of the rules that differs only in a comment, so
        // that its version differs and it is compiled from DRL
        Path population = dir.resolve("population");
        Cli.Run generated = Cli.run("generate", "--candidates", "400", "--vacancies", "60", "--seed", "11",
                "--out", population.toString());
        assertEquals(0, generated.exitCode(), generated::toString);
        Path rules = RuleFolders.copyOfRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("employment.drl"), Files.readString(rules.resolve("employment.drl")) + "\n// a copy\n");

        // When every pair is scored with the built-in rules and with the copy
        Path builtIn = dir.resolve("built-in.jsonl");
        Path copy = dir.resolve("copy.jsonl");
        Cli.Run a = match(population, builtIn);
        Cli.Run b = match(population, copy, "--rules", rules.toString());

        // Then the two differ in their rule-set version only, and hold the same 24,000 matches byte for byte
        assertEquals(0, a.exitCode(), a::toString);
        assertEquals(0, b.exitCode(), b::toString);
        assertTrue(RuleBook.defaults().precompiled(), "the built-in rules run precompiled");
        assertFalse(RuleBook.load(rules).precompiled(), "the copy is compiled from its DRL");
        assertNotEquals(RuleBook.defaults().version(), RuleBook.load(rules).version(),
                "the copy must not be taken for the built-in (precompiled) rules");
        assertEquals(400 * 60, Files.readAllLines(builtIn).size());
        assertTrue(Files.readString(builtIn).contains("\"REJECTED\""), "rejected pairs are compared too");
        assertEquals(-1, Files.mismatch(builtIn, copy), "the first line that differs: " + firstDifference(builtIn, copy));
    }

    private static Cli.Run match(Path population, Path out, String... more) {
        String[] args = {"match", "--candidates", population.resolve("candidates.jsonl").toString(),
                "--vacancies", population.resolve("vacancies.jsonl").toString(), "--mode", "exhaustive",
                "--include-rejected", "--format", "jsonl", "--as-of", "2026-11", "--out", out.toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Cli.run(all);
    }

    private static String firstDifference(Path a, Path b) throws IOException {
        var x = Files.readAllLines(a);
        var y = Files.readAllLines(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            if (!x.get(i).equals(y.get(i))) {
                return "line " + (i + 1) + ":\n" + x.get(i) + "\n" + y.get(i);
            }
        }
        return "lines " + x.size() + " vs " + y.size();
    }
}
