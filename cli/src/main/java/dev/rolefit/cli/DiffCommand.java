package dev.rolefit.cli;

import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchDiff;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.MatchOptions;
import dev.rolefit.engine.RuleSetException;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Match;
import dev.rolefit.model.Vacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code rolefit diff}: what a rule change moves over a batch. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = Rolefit.Version.class,
        sortOptions = false,
        description = {
                "Matches the same batch under two rule sets and shows what the change moves: verdicts that change, "
                        + "rank moves per vacancy, score deltas, and the rules responsible "
                        + "(+ a reason that appeared, - one that disappeared, ~ one whose points changed).",
                "Rejected pairs are kept on both sides, so that a pair a change rejects still shows."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared; no input errors", "1:some records were invalid", "2:usage or rule-set error"},
        footerHeading = "%nExample:%n",
        footer = {"  cp -r rules my-rules && $EDITOR my-rules/data/scoring.csv",
                "  rolefit diff --rules-b my-rules --candidates samples/candidates --vacancies samples/vacancies"})
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--rules-a", paramLabel = "DIR", description = "The rule set before. Default: the built-in rules.")
    Path rulesA;

    @Option(names = "--rules-b", paramLabel = "DIR", required = true, description = "The rule set after.")
    Path rulesB;

    @Option(names = "--candidates", arity = "1..*", required = true, paramLabel = "PATH", description = "Candidate files or folders.")
    List<Path> candidates;

    @Option(names = "--vacancies", arity = "1..*", required = true, paramLabel = "PATH", description = "Vacancy files or folders.")
    List<Path> vacancies;

    @Option(names = "--per", paramLabel = "SIDE", description = "Ranks within vacancy or candidate lists. Default: ${DEFAULT-VALUE}.")
    MatchOptions.Per per = MatchOptions.Per.VACANCY;

    @Option(names = "--as-of", paramLabel = "YYYY-MM", converter = EngineOptions.MonthConverter.class,
            description = "The month that counts as now. Default: the current month.")
    YearMonth asOf;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException, RuleSetException {
        for (Path dir : new Path[]{rulesA, rulesB}) {
            if (dir != null && !Files.isDirectory(dir)) {
                throw new UsageError("'" + dir + "' is not a rules folder");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InputError> errors = new ArrayList<>();
        Documents.Batch<Candidate> cs = Documents.candidates(candidates);
        Documents.Batch<Vacancy> vs = Documents.vacancies(vacancies);
        errors.addAll(cs.errors());
        errors.addAll(vs.errors());
        Map<String, String> titles = new LinkedHashMap<>();
        vs.records().forEach(r -> titles.put(r.record().id(), r.record().title()));
        MatchOptions options = MatchOptions.defaults().per(per).includeRejected(true);
        List<Match> a;
        List<Match> b;
        String versionA;
        String versionB;
        YearMonth month = asOf == null ? YearMonth.now() : asOf; // one month for both sides
        try (MatchEngine engineA = build(rulesA, month); MatchEngine engineB = build(rulesB, month)) {
            errors.addAll(load(engineA, cs, vs));
            load(engineB, cs, vs);
            a = engineA.matchAll(options);
            b = engineB.matchAll(options);
            versionA = engineA.rulesetVersion();
            versionB = engineB.rulesetVersion();
        }
        for (InputError e : errors) {
            err.println("rolefit: " + e);
        }
        MatchDiff diff = MatchDiff.compare(a, b);
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("rulesA", versionA);
            doc.put("rulesB", versionB);
            doc.put("pairsCompared", diff.pairsCompared());
            doc.put("verdictChanges", new java.util.TreeMap<>(diff.verdictChanges()));
            List<Map<String, Object>> changes = new ArrayList<>();
            for (MatchDiff.Change c : diff.changes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("candidateId", c.candidateId());
                m.put("vacancyId", c.vacancyId());
                m.put("verdictA", c.verdictA());
                m.put("verdictB", c.verdictB());
                m.put("scoreA", c.scoreA());
                m.put("scoreB", c.scoreB());
                m.put("delta", Math.round(c.delta() * 10) / 10.0);
                m.put("rankA", c.rankA());
                m.put("rankB", c.rankB());
                m.put("rules", c.rules());
                changes.add(m);
            }
            doc.put("changes", changes);
            out.print(Output.PRETTY.writeValueAsString(doc));
            out.println();
        } else {
            out.println("rules A " + versionA.substring(0, 19) + "…  →  rules B " + versionB.substring(0, 19) + "…");
            out.println(diff.pairsCompared() + " pairs compared; " + diff.changes().size() + " moved");
            if (!diff.verdictChanges().isEmpty()) {
                out.println();
                out.println("Verdict changes:");
                new java.util.TreeMap<>(diff.verdictChanges()).forEach((move, n) -> out.println("  " + move + ": " + n));
            }
            if (!diff.changes().isEmpty()) {
                out.println();
                out.println("Pairs that moved (largest score change first):");
                for (MatchDiff.Change c : diff.changes()) {
                    out.println(String.format("  %-10s %-10s %6s → %-6s %+6.1f  %-8s → %-8s  rank %s → %s", c.vacancyId(),
                            c.candidateId(), c.scoreA() == null ? "—" : String.valueOf(c.scoreA()),
                            c.scoreB() == null ? "—" : String.valueOf(c.scoreB()), c.delta(),
                            c.verdictA() == null ? "—" : c.verdictA(), c.verdictB() == null ? "—" : c.verdictB(),
                            c.rankA() == null ? "—" : c.rankA(), c.rankB() == null ? "—" : c.rankB()));
                    if (!c.rules().isEmpty()) {
                        out.println("      rules: " + String.join("; ", c.rules()));
                    }
                }
            }
        }
        out.flush();
        return errors.isEmpty() ? Rolefit.OK : Rolefit.INVALID_INPUT;
    }

    private MatchEngine build(Path dir, YearMonth month) throws RuleSetException, IOException {
        MatchEngine.Builder builder = MatchEngine.builder().asOf(month);
        if (dir != null) {
            builder.rules(dir);
        }
        return builder.build();
    }

    private static List<InputError> load(MatchEngine engine, Documents.Batch<Candidate> cs, Documents.Batch<Vacancy> vs) {
        List<InputError> errors = new ArrayList<>();
        List<MatchEngine.Refusal> refused = new ArrayList<>(engine.putCandidates(cs.records().stream().map(Documents.Sourced::record).toList()));
        refused.addAll(engine.putVacancies(vs.records().stream().map(Documents.Sourced::record).toList()));
        for (MatchEngine.Refusal r : refused) {
            errors.add(new InputError("id " + r.id(), "", r.reason()));
        }
        return errors;
    }
}
