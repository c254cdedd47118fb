package dev.rolefit.cli;

import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.Verdict;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small, hand-checkable match files and demographics for the audit tests. */
final class AuditFixtures {
    static final String RULESET = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

    private AuditFixtures() {
    }

    /** A match with the given knockout rules (each a knockout reason) and one scoring reason. */
    static Match match(String candidate, String vacancy, double score, Verdict verdict, String... knockouts) {
        List<Reason> reasons = new ArrayList<>();
        for (String rule : knockouts) {
            reasons.add(new Reason(rule, "SALARY", 0.0, true, "knocked out by " + rule));
        }
        reasons.add(new Reason("Required skills are covered", "SKILLS", score / 2, false, "Has some required skills"));
        return new Match(candidate, vacancy, 0, score, verdict, 50.0, Map.of(), null, reasons);
    }

    /** A match file held in memory, as an exhaustive run would write it. */
    static MatchFile file(Match... matches) {
        return new MatchFile("matches.json", RULESET, "exhaustive", "2026-11", Arrays.asList(matches));
    }

    /** Writes matches as {@code rolefit match --format json} does. */
    static Path write(Path dir, String name, List<Match> matches) throws IOException {
        MatchReport report = new MatchReport(RULESET, "exhaustive", "vacancy", "2026-11", matches, List.of());
        StringWriter w = new StringWriter();
        Output.PRETTY.writeValue(w, report);
        Path file = dir.resolve(name);
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** Writes a demographics CSV: the header and then the rows as given. */
    static Path demographics(Path dir, String... rows) throws IOException {
        Path file = dir.resolve("demographics.csv");
        Files.writeString(file, "candidateId,sex,raceEthnicity\n" + String.join("\n", rows) + "\n",
                StandardCharsets.UTF_8);
        return file;
    }
}
