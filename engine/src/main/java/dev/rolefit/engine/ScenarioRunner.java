package dev.rolefit.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;
import dev.rolefit.model.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs the scenarios kept beside a rule set, in its {@code scenarios/} folder: each file gives a
 * candidate and a vacancy and says what the rules must conclude. An analyst adds a regression case
 * by adding a file, not Java.
 *
 * <pre>{@code
 * {
 *   "scenario": "Self-taught ML engineer: experience and expert PyTorch stand in for the degree",
 *   "asOf": "2026-11",
 *   "candidate": { "file": "documents/ml-engineer-brussels.json",
 *                  "merge": { "education": [], "willingToRelocate": true } },
 *   "vacancy":   { "file": "documents/ml-engineer-vacancy.json" },
 *   "expect": { "verdict": ["STRONG", "GOOD"], "score": { "min": 60 },
 *               "reasons": ["Missing degree is compensated by experience and expertise"],
 *               "absent":  ["Below the minimum education level"] }
 * }
 * }</pre>
 *
 * A side is either a whole document inline, or {@code {"file": …}} (relative to the scenario file,
 * any format {@link Documents} reads) with an optional {@code "merge"}: a JSON merge patch (RFC 7386:
 * objects merge, {@code null} removes a field, arrays are replaced).
 */
public final class ScenarioRunner {
    private static final ObjectMapper JSON = RolefitJson.mapper();

    /**
     * One scenario's outcome.
     *
     * @param file        the scenario file, relative to the scenarios folder
     * @param name        the scenario's own words
     * @param passed      whether every expectation held
     * @param differences what did not hold, one sentence each (empty when passed)
     * @param match       the match the rules produced, or null when the scenario could not run
     * @param expected    the rule names the scenario expects to fire
     */
    public record Outcome(String file, String name, boolean passed, List<String> differences, Match match,
                          Set<String> expected) {
    }

    private ScenarioRunner() {
    }

    /** The scenario files of a rule set folder, in name order; empty when it has none. */
    private static List<Path> files(Path rulesDir) throws IOException {
        Path dir = rulesDir.resolve("scenarios");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.list(dir)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Runs every scenario of {@code rulesDir} with {@code rules} (compiled from that folder). */
    public static List<Outcome> run(Path rulesDir, RuleBook rules) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        Map<YearMonth, MatchEngine> engines = new HashMap<>();
        try {
            for (Path file : files(rulesDir)) {
                outcomes.add(runOne(rulesDir.resolve("scenarios"), file, rules, engines));
            }
        } finally {
            engines.values().forEach(MatchEngine::close);
        }
        return outcomes;
    }

    /** The scoring rules no scenario expects to fire. */
    public static Set<String> uncovered(List<Outcome> outcomes, RuleBook rules) {
        Set<String> left = new TreeSet<>(rules.ruleCategories().keySet());
        outcomes.forEach(o -> left.removeAll(o.expected()));
        return left;
    }

    private static Outcome runOne(Path dir, Path file, RuleBook rules, Map<YearMonth, MatchEngine> engines) {
        String rel = dir.relativize(file).toString();
        String name = rel;
        Set<String> expectedRules = new LinkedHashSet<>();
        try {
            JsonNode scenario;
            try (var in = Files.newInputStream(file)) {
                scenario = JSON.readTree(in);
            }
            name = scenario.path("scenario").asText(rel);
            JsonNode expect = scenario.path("expect");
            expect.path("reasons").forEach(r -> expectedRules.add(r.asText()));
            String asOfText = scenario.path("asOf").asText("");
            if (asOfText.isEmpty()) {
                return failed(rel, name, "the scenario has no \"asOf\" month (YYYY-MM); it fixes what \"current job\" means", expectedRules);
            }
            YearMonth asOf = YearMonth.parse(asOfText);
            Candidate candidate = side(file, scenario.path("candidate"), Candidate.class, "candidate");
            Vacancy vacancy = side(file, scenario.path("vacancy"), Vacancy.class, "vacancy");
            MatchEngine engine = engines.get(asOf);
            if (engine == null) {
                engine = MatchEngine.builder().rules(rules).asOf(asOf).threads(1).build();
                engines.put(asOf, engine);
            }
            Match match = engine.score(candidate, vacancy);
            List<String> differences = check(expect, match, rules);
            return new Outcome(rel, name, differences.isEmpty(), differences, match, expectedRules);
        } catch (IOException | RuntimeException | RuleSetException e) {
            return failed(rel, name, Documents.message(e), expectedRules);
        }
    }

    private static Outcome failed(String rel, String name, String why, Set<String> expected) {
        return new Outcome(rel, name, false, List.of("cannot run: " + why), null, expected);
    }

    private static <T> T side(Path scenarioFile, JsonNode spec, Class<T> type, String label) throws IOException {
        if (spec.isMissingNode() || spec.isNull()) {
            throw new IllegalArgumentException("the scenario has no \"" + label + "\"");
        }
        if (!spec.has("file")) {
            return JSON.treeToValue(spec, type);
        }
        Path document = scenarioFile.getParent().resolve(spec.get("file").asText()).normalize();
        Documents.Batch<Object> batch = Documents.any(List.of(document));
        if (!batch.errors().isEmpty()) {
            throw new IllegalArgumentException(label + " file: " + batch.errors().get(0));
        }
        if (batch.records().size() != 1) {
            throw new IllegalArgumentException(label + " file " + document + " holds " + batch.records().size()
                    + " documents; a scenario needs exactly one");
        }
        Object record = batch.records().get(0).record();
        if (!type.isInstance(record)) {
            throw new IllegalArgumentException(label + " file " + document + " is not a " + label);
        }
        if (!spec.has("merge")) {
            return type.cast(record);
        }
        JsonNode base = JSON.valueToTree(record);
        return JSON.treeToValue(merge(base, spec.get("merge")), type);
    }

    /** RFC 7386 JSON merge patch. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    private static List<String> check(JsonNode expect, Match match, RuleBook rules) {
        List<String> differences = new ArrayList<>();
        JsonNode verdict = expect.path("verdict");
        if (!verdict.isMissingNode()) {
            Set<String> allowed = new LinkedHashSet<>();
            if (verdict.isArray()) {
                verdict.forEach(v -> allowed.add(v.asText().toUpperCase(Locale.ROOT)));
            } else {
                allowed.add(verdict.asText().toUpperCase(Locale.ROOT));
            }
            for (String v : allowed) {
                try {
                    Verdict.valueOf(v);
                } catch (IllegalArgumentException e) {
                    differences.add("expected verdict '" + v + "' is not one of STRONG, GOOD, WEAK, REJECTED");
                }
            }
            if (!allowed.contains(match.verdict().name())) {
                differences.add("verdict: expected " + String.join(" or ", allowed) + ", got " + match.verdict()
                        + " (score " + match.score() + ")");
            }
        }
        JsonNode score = expect.path("score");
        if (score.has("min") && match.score() < score.get("min").asDouble()) {
            differences.add("score: expected at least " + score.get("min").asDouble() + ", got " + match.score());
        }
        if (score.has("max") && match.score() > score.get("max").asDouble()) {
            differences.add("score: expected at most " + score.get("max").asDouble() + ", got " + match.score());
        }
        Set<String> known = new java.util.HashSet<>(rules.ruleNames());
        List<Reason> all = new ArrayList<>(match.reasons());
        all.addAll(match.reverseReasons());
        for (JsonNode r : expect.path("reasons")) {
            String rule = r.asText();
            if (!known.contains(rule)) {
                differences.add("expected reason '" + rule + "' names no rule of this rule set");
            } else if (all.stream().noneMatch(x -> x.rule().equals(rule))) {
                differences.add("expected reason '" + rule + "' did not fire");
            }
        }
        for (JsonNode r : expect.path("absent")) {
            String rule = r.asText();
            if (!known.contains(rule)) {
                differences.add("absent reason '" + rule + "' names no rule of this rule set");
            }
            all.stream().filter(x -> x.rule().equals(rule)).findFirst().ifPresent(x ->
                    differences.add("reason '" + rule + "' fired but should not: " + x.message()));
        }
        for (JsonNode m : expect.path("messages")) {
            String words = m.asText();
            if (all.stream().noneMatch(x -> x.message().contains(words))) {
                differences.add("no reason says \"" + words + "\"");
            }
        }
        return differences;
    }
}
