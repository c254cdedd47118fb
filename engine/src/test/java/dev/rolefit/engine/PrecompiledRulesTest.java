package dev.rolefit.engine;

import dev.rolefit.model.Candidate;
import dev.rolefit.model.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The default rules come precompiled from the build (Drools' executable model), are used only for
 * a rule folder of exactly their version, and score, explain and fire exactly as the same rules
 * compiled from DRL.
 */
class PrecompiledRulesTest {

    @Test
    void theBuiltInRules_arePrecompiledByTheBuild() throws Exception {
        RuleBook book = RuleBook.defaults();

        assertTrue(book.precompiled(), "the build (Maven's process-classes phase) writes "
                + PrecompiledRules.ROOT + "; without it every command compiles the DRL at start-up");
    }

    @Test
    void anUnchangedCopyOfTheRulesFolder_usesThePrecompiledRules(@TempDir Path dir) throws Exception {
        RuleBook copy = RuleBook.load(RuleBookTest.copyOfDefaultRules(dir));

        assertTrue(copy.precompiled());
        assertEquals(RuleBook.defaults().version(), copy.version());
    }

    @Test
    void anEditedRuleFolder_isCompiledFromDrl_andTheEditCounts(@TempDir Path dir) throws Exception {
        // Given an analyst's edit of one rule's message
        Path rules = RuleBookTest.copyOfDefaultRules(dir);
        Path employment = rules.resolve("employment.drl");
        String drl = Files.readString(employment);
        assertTrue(drl.contains("\"Accepts "), "the edit below needs the message it changes");
        Files.writeString(employment, drl.replace("\"Accepts ", "\"Edited: accepts "));

        // When the folder is loaded and a pair scored
        RuleBook edited = RuleBook.load(rules);
        try (MatchEngine engine = MatchEngine.builder().rules(edited).asOf(Fixtures.AS_OF).threads(1).build()) {
            var match = engine.score(Fixtures.candidate(), Fixtures.vacancy());

            // Then the DRL was compiled, and the edited message is what the rule says
            assertFalse(edited.precompiled());
            assertTrue(match.reasons().stream().anyMatch(r -> r.message().startsWith("Edited: accepts ")),
                    () -> Fixtures.describe(match));
        }
    }

    @Test
    void bothBuildsOfTheDefaultRules_scoreAndFireAlike_onEverySamplePair() throws Exception {
        // Given the default rules precompiled, and the same files compiled from DRL
        RuleBook precompiled = RuleBook.defaults();
        RuleBook fromDrl = RuleBook.compile(RuleSource.classpath(), false);
        assertTrue(precompiled.precompiled());
        assertFalse(fromDrl.precompiled());
        List<Candidate> candidates = sampleCandidates();
        List<Vacancy> vacancies = sampleVacancies();
        assertTrue(candidates.size() >= 20 && vacancies.size() >= 10, candidates.size() + " x " + vacancies.size());

        // When every pair is explained by both
        List<Explanation> a = explainAll(precompiled, candidates, vacancies);
        List<Explanation> b = explainAll(fromDrl, candidates, vacancies);

        // Then scores, reasons, and every firing with the facts it bound are the same, pair by pair
        assertEquals(candidates.size() * vacancies.size(), a.size());
        int firings = 0;
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.get(i).match(), a.get(i).match(), "pair " + i);
            // as text: the facts of a firing in the order an explanation shows them
            assertEquals(b.get(i).firings().toString(), a.get(i).firings().toString(), "pair " + i);
            firings += a.get(i).firings().size();
        }
        assertTrue(firings > 10 * a.size(), "firings compared: " + firings);
    }

    @Test
    void aRuleFolderWithProblems_getsNoPrecompiledCopy_andLosesAnOldOne(@TempDir Path dir) throws Exception {
        // Given a broken rule file, and a precompiled copy left by an earlier build
        Path rules = RuleBookTest.copyOfDefaultRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package rolefit;\nrule \"Half a rule\"\nwhen\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("rules.properties"), "version=sha256:old\nmodels=rolefit.Old\n");
        Files.writeString(out.resolve("rules.jar"), "old");

        // When the build step runs on it
        PrecompiledRules.main(new String[]{rules.toString(), out.toString()});

        // Then nothing is left to stand for these rules: loading them reports the problem instead
        assertFalse(Files.exists(out.resolve("rules.properties")));
        assertFalse(Files.exists(out.resolve("rules.jar")));
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleBook.load(rules));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("broken.drl")), e.getMessage());
    }

    @Test
    void bothBuilds_profileEverySampleAlike() throws Exception {
        // Given both builds of the default rules (the profile rules decide role family and seniority)
        RuleBook precompiled = RuleBook.defaults();
        RuleBook fromDrl = RuleBook.compile(RuleSource.classpath(), false);
        List<Candidate> candidates = sampleCandidates();
        List<Vacancy> vacancies = sampleVacancies();

        // When every sample is profiled by both, then each profile is the same, its reasons included
        // (cand-017's title names two rungs' words as strong as each other: the tie is broken by the rule)
        try (MatchEngine a = MatchEngine.builder().rules(precompiled).asOf(Fixtures.AS_OF).threads(1).build();
             MatchEngine b = MatchEngine.builder().rules(fromDrl).asOf(Fixtures.AS_OF).threads(1).build()) {
            for (Candidate c : candidates) {
                assertEquals(b.profile(c), a.profile(c), c.id());
            }
            for (Vacancy v : vacancies) {
                assertEquals(b.profile(v), a.profile(v), v.id());
            }
        }
    }

    @Test
    void aCopyMadeAgainstOtherFactClasses_isNotUsed() throws Exception {
        // Given the build's description of its copy, and the same with the fact classes' fingerprint changed
        java.util.Properties about = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream(PrecompiledRules.ROOT + "/rules.properties")) {
            assertNotNull(in, "the build writes " + PrecompiledRules.ROOT + "/rules.properties");
            about.load(in);
        }
        byte[] jar;
        try (var in = getClass().getClassLoader().getResourceAsStream(PrecompiledRules.ROOT + "/rules.jar")) {
            jar = in.readAllBytes();
        }
        java.util.Properties stale = new java.util.Properties();
        stale.putAll(about);
        stale.setProperty("facts", "0".repeat(64));

        // When each is offered for the built-in rules, then only the one made against these classes is used
        String version = RuleSource.classpath().version();
        assertNotNull(PrecompiledRules.load(version, about, () -> jar));
        assertNull(PrecompiledRules.load(version, stale, () -> jar));
        assertNull(PrecompiledRules.load(version, about, () -> new byte[]{1, 2, 3}), "an unreadable copy is not used either");
    }

    @Test
    void rulesTheExecutableModelRejects_getNoCopy_andSayWhy(@TempDir Path dir) throws Exception {
        // Given valid DRL that only the DRL build accepts: a constraint on an untyped accumulate result
        Path rules = RuleBookTest.copyOfDefaultRules(dir.resolve("rules"));
        Path skills = rules.resolve("skills.drl");
        String drl = Files.readString(skills);
        String typed = "$deep : Set( size > 0 ) from accumulate( RequiredSkill( $skill : skill )";
        assertTrue(drl.contains(typed), "the edit below needs the typed form");
        drl = drl.replace(typed, "accumulate( RequiredSkill( $skill : skill )")
                .replace("collectSet( $skill ) )\nthen\n    score.award( drools, $deep.size()",
                        "$deep : collectSet( $skill ); $deep.size() > 0 )\nthen\n    score.award( drools, $deep.size()");
        assertTrue(drl.contains("$deep : collectSet( $skill ); $deep.size() > 0 )"), drl);
        Files.writeString(skills, drl);
        assertFalse(RuleBook.compile(RuleSource.folder(rules), false).precompiled(), "the DRL build accepts it");
        Path out = dir.resolve("out");

        // When the build step runs on it
        var printed = new java.io.ByteArrayOutputStream();
        var stdout = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            PrecompiledRules.main(new String[]{rules.toString(), out.toString()});
        } finally {
            System.setOut(stdout);
        }

        // Then it writes no copy and says the executable model rejected the rules
        assertFalse(Files.exists(out.resolve("rules.properties")));
        assertTrue(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("executable model rejected them"),
                printed.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<Candidate> sampleCandidates() {
        return Documents.candidates(List.of(Path.of("samples/candidates"))).records().stream()
                .map(Documents.Sourced::record).toList();
    }

    private static List<Vacancy> sampleVacancies() {
        return Documents.vacancies(List.of(Path.of("samples/vacancies"))).records().stream()
                .map(Documents.Sourced::record).toList();
    }

    private static List<Explanation> explainAll(RuleBook rules, List<Candidate> candidates, List<Vacancy> vacancies)
            throws Exception {
        List<Explanation> all = new ArrayList<>();
        try (MatchEngine engine = MatchEngine.builder().rules(rules).asOf(Fixtures.AS_OF).threads(1).build()) {
            for (Candidate c : candidates) {
                for (Vacancy v : vacancies) {
                    all.add(engine.explain(c, v));
                }
            }
        }
        return all;
    }
}
