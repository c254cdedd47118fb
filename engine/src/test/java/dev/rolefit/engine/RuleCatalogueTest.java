package dev.rolefit.engine;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One rule, one name: the DRL rule name, the reasons it writes, a row in the README's rule table,
 * and a test that names it. This test fails when a rule lacks its row or its test, or when a row
 * names a rule that no longer exists.
 */
class RuleCatalogueTest {

    @Test
    void everyRule_hasARowInTheReadmeRuleTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing = new ArrayList<>();
        for (String rule : RulesTestBase.defaultRules().ruleNames()) {
            if (!readme.contains("| " + rule + " |")) {
                missing.add(rule);
            }
        }
        assertEquals(List.of(), missing, "rules without a row in README.md's rule table");
    }

    @Test
    void everyReadmeRow_namesARuleThatExists() throws Exception {
        Set<String> rules = Set.copyOf(RulesTestBase.defaultRules().ruleNames());
        List<String> stale = Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.matches("\\| [^|]+ \\| `[a-z-]+\\.drl` \\|.*"))
                .map(l -> l.substring(2, l.indexOf(" |", 2)))
                .filter(name -> !rules.contains(name))
                .toList();
        assertEquals(List.of(), stale, "README rows for rules that do not exist");
    }

    @Test
    void everyScoringRule_isNamedByATest() throws Exception {
        String tests;
        try (Stream<Path> files = Files.walk(Path.of("engine/src/test/java"))) {
            tests = files.filter(p -> p.toString().endsWith("Test.java") && !p.endsWith("RuleCatalogueTest.java"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
        List<String> untested = new ArrayList<>();
        for (String rule : RulesTestBase.defaultRules().ruleCategories().keySet()) {
            if (!tests.contains("\"" + rule + "\"") && !tests.contains(", " + rule + "\"") && !tests.contains(", " + rule + ",")) {
                untested.add(rule);
            }
        }
        assertEquals(List.of(), untested, "scoring rules that no test names");
    }
}
