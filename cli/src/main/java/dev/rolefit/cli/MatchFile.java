package dev.rolefit.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolefit.engine.AuditLog;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Match;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Verdict;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output of {@code rolefit match --format json} read back for the audits: its header (rule set,
 * mode, as-of month) and its matches. A {@code --format jsonl} file (one match per line, no header)
 * is read too. A match that cannot be read becomes an input error and the rest are used.
 *
 * @param source         the file, as given
 * @param rulesetVersion "sha256:…", or null when the file has no header (JSON Lines)
 * @param mode           "indexed" or "exhaustive", or null when unknown
 * @param asOf           the month that counted as now, or null when unknown
 * @param matches        every match in file order
 */
record MatchFile(String source, String rulesetVersion, String mode, String asOf, List<Match> matches) {
    private static final ObjectMapper JSON = RolefitJson.mapper();

    /** The engine's order within a vacancy's list: not rejected first, higher score, higher reverse score, then the candidate id. */
    static final Comparator<Match> VACANCY_ORDER = Comparator.comparing((Match m) -> m.verdict() == Verdict.REJECTED)
            .thenComparing(Match::score, Comparator.reverseOrder())
            .thenComparing(Match::reverseScore, Comparator.reverseOrder())
            .thenComparing(Match::candidateId);

    MatchFile {
        matches = List.copyOf(matches);
    }

    /**
     * Reads a match file; the matches that cannot be read are added to {@code errors}.
     *
     * @throws UsageError when the file is missing or is not JSON at all
     */
    static MatchFile read(Path file, List<InputError> errors) throws IOException {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new UsageError("--matches: '" + file + "' is not a file");
        }
        JsonNode first;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser p = JSON.createParser(r)) {
            first = p.readValueAsTree();
            if (first != null && first.isObject() && first.has("matches")) {
                if (p.nextToken() != null) {
                    throw new UsageError("--matches: " + source + ": " + where(p.currentLocation())
                            + ": more than one JSON document; expected the output of rolefit match --format json");
                }
                return document(source, first, errors);
            }
        } catch (NoSuchFileException e) {
            throw new UsageError("--matches: '" + file + "' does not exist");
        } catch (JsonProcessingException e) {
            throw new UsageError("--matches: " + source + ": " + where(e.getLocation()) + ": "
                    + e.getOriginalMessage() + "; expected the output of rolefit match --format json");
        }
        return lines(file, errors);
    }

    private static MatchFile document(String source, JsonNode root, List<InputError> errors) {
        JsonNode list = root.get("matches");
        if (!list.isArray()) {
            throw new UsageError("--matches: " + source + ": $.matches is not a list");
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            try {
                matches.add(valid(JSON.treeToValue(node, Match.class)));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                errors.add(new InputError(source, "$.matches[" + i + "]", message(e)));
            }
        }
        return new MatchFile(source, text(root, "rulesetVersion"), text(root, "mode"), text(root, "asOf"), matches);
    }

    /** A JSON Lines file: one match per line, as {@code rolefit match --format jsonl} writes it. */
    private static MatchFile lines(Path file, List<InputError> errors) throws IOException {
        String source = file.toString();
        List<Match> matches = new ArrayList<>();
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (matches.isEmpty() && errors.isEmpty() && isDecisionLogLine(line)) {
                throw new UsageError("--matches: " + source + " is a decision log (rolefit match --audit-log), not"
                        + " a match file; give the output of rolefit match --format json or jsonl, and the log as"
                        + " --overrides");
            }
            try {
                matches.add(valid(JSON.readValue(line, Match.class)));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                errors.add(new InputError(source, "line " + (i + 1), message(e)));
            }
        }
        return new MatchFile(source, null, null, null, matches);
    }

    /** Whether a line is a decision or an override of rolefit's decision log. */
    private static boolean isDecisionLogLine(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            String kind = node.path("kind").asText("");
            // The first log format had no "kind"; its decisions already carried the documents' hashes.
            return kind.equals(AuditLog.Decision.KIND) || kind.equals(AuditLog.HumanOverride.KIND)
                    || kind.isEmpty() && node.has("candidateSha256");
        } catch (JsonProcessingException e) {
            return false; // not JSON: the line's own error says so
        }
    }

    private static Match valid(Match m) {
        if (m == null || m.candidateId() == null || m.candidateId().isBlank()
                || m.vacancyId() == null || m.vacancyId().isBlank() || m.verdict() == null) {
            throw new IllegalArgumentException("a match needs candidateId, vacancyId and verdict");
        }
        return m;
    }

    /** Whether any pair in the file was rejected: without --include-rejected, none is. */
    boolean hasRejected() {
        return matches.stream().anyMatch(m -> m.verdict() == Verdict.REJECTED);
    }

    /**
     * The matches per vacancy, in the order the vacancies first appear, each list in the engine's
     * order for a vacancy (whatever {@code --per} the file was written with), one match per
     * candidate (the first, when a file repeats a pair).
     */
    Map<String, List<Match>> byVacancy() {
        Map<String, Map<String, Match>> pairs = new LinkedHashMap<>();
        for (Match m : matches) {
            pairs.computeIfAbsent(m.vacancyId(), k -> new LinkedHashMap<>()).putIfAbsent(m.candidateId(), m);
        }
        Map<String, List<Match>> lists = new LinkedHashMap<>();
        pairs.forEach((vacancy, byCandidate) -> {
            List<Match> list = new ArrayList<>(byCandidate.values());
            list.sort(VACANCY_ORDER);
            lists.put(vacancy, List.copyOf(list));
        });
        return lists;
    }

    /** What a reader of an audit must know about this file's coverage, one sentence each. */
    List<String> coverageNotes() {
        List<String> notes = new ArrayList<>();
        if (!hasRejected()) {
            notes.add("the file has no REJECTED pairs: if it was written without --include-rejected, the pairs a "
                    + "knockout rejected are missing, so every selection rate is too high and the knockouts are not "
                    + "counted; run rolefit match with --include-rejected --format json");
        }
        if ("indexed".equals(mode)) {
            notes.add("mode indexed: a candidate the retrieval did not return for a vacancy is not in the file for "
                    + "it (retrieval is a screening stage of its own); run rolefit match with --mode exhaustive to "
                    + "audit every pair");
        }
        if (mode == null) {
            notes.add("the file has no header (rule set, mode): prefer the output of --format json");
        }
        return notes;
    }

    private static String text(JsonNode root, String field) {
        JsonNode v = root.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String where(com.fasterxml.jackson.core.JsonLocation at) {
        return at == null ? "?" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String message(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName()
                : m.lines().findFirst().orElse(m).replaceAll("\\s*\\(set DeserializationConfig.*$", "");
    }
}
