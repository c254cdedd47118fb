package dev.rolefit.cli;

import dev.rolefit.engine.Documents;
import dev.rolefit.engine.Explanation;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.RuleSetException;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Reason;
import dev.rolefit.model.Vacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code rolefit explain CANDIDATE VACANCY}: one score, rule by rule. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = Rolefit.Version.class,
        sortOptions = false,
        description = {
                "Scores one candidate against one vacancy and shows every rule that fired, in order, with its "
                        + "points and the facts it bound; the points per category; the formula of the score; and, "
                        + "per category, the rules that did not fire.",
                "CANDIDATE and VACANCY are files holding one document each (or FILE#id for a file that holds several)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained", "1:a document could not be read", "2:usage or rule-set error"},
        footerHeading = "%nExample:%n",
        footer = "  rolefit explain samples/candidates/cand-007.json samples/vacancies/vac-001.json --as-of 2026-11")
final class ExplainCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CANDIDATE", description = "The candidate's file (FILE#id to pick one).")
    String candidate;

    @Parameters(index = "1", paramLabel = "VACANCY", description = "The vacancy's file (FILE#id to pick one).")
    String vacancy;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Option(names = "--for-candidate",
            description = "Explain to the candidate, in plain language (EU AI Act Art. 86, GDPR Art. 22): what counted "
                    + "for and against, any knockout, which information was used and which was not, what would change "
                    + "the outcome, and how to ask for a human review.")
    boolean forCandidate;

    @Option(names = "--contact", paramLabel = "TEXT",
            description = "Where the candidate asks for a human review (with --for-candidate). Default: ${DEFAULT-VALUE}.")
    String contact = "the recruiter who sent you this explanation";

    @Option(names = "--top", paramLabel = "K",
            description = "With --for-candidate and --candidates: where the candidate ranks among those candidates "
                    + "for the vacancy, and the smallest changes in their own information that would move them into "
                    + "the top K (one change, else two), found by re-running the rules. Names no other candidate.")
    Integer top;

    @Option(names = "--candidates", paramLabel = "PATH", arity = "1..*",
            description = "With --top: the pool of candidates for the vacancy (files or folders); the candidate "
                    + "explained is left out of it by id.")
    List<Path> pool = new java.util.ArrayList<>();

    @Option(names = "--redact",
            description = "Leave out the facts each rule bound, which can quote a document's own words (job titles, "
                    + "phrases of a summary); the rules, their points and reasons, the categories and the formula stay. "
                    + "The explanation never shows names or contact data.")
    boolean redact;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException, RuleSetException {
        PrintWriter err = spec.commandLine().getErr();
        if (top != null && (!forCandidate || pool.isEmpty())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--top needs --for-candidate and --candidates PATH... (the pool to rank in)");
        }
        if (top != null && top < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--top is " + top + "; it must be at least 1");
        }
        if (top == null && !pool.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--candidates is the pool of --top K; give --top too");
        }
        Candidate c;
        Vacancy v;
        try {
            c = one(candidate, Candidate.class, "candidate");
            v = one(vacancy, Vacancy.class, "vacancy");
        } catch (IllegalArgumentException e) {
            err.println("rolefit explain: " + e.getMessage());
            return Rolefit.INVALID_INPUT;
        }
        try (MatchEngine engine = engineOptions.build(1)) {
            PrintWriter out = spec.commandLine().getOut();
            if (forCandidate) {
                int exit = Rolefit.OK;
                dev.rolefit.engine.Counterfactuals.TopK standing = null;
                if (top != null) {
                    Documents.Batch<Candidate> others = Documents.candidates(pool);
                    Output.report(others.errors(), err);
                    exit = others.errors().isEmpty() ? Rolefit.OK : Rolefit.INVALID_INPUT;
                    standing = dev.rolefit.engine.Counterfactuals.intoTopK(engine, c, v,
                            others.records().stream().map(Documents.Sourced::record).toList(), top);
                }
                CandidateExplanation letter = CandidateExplanation.of(engine.explain(c, v),
                        engine.counterfactuals(c, v), standing, v, contact, engine.rulesetVersion());
                if (format == Format.json) {
                    out.print(Output.PRETTY.writeValueAsString(letter));
                    out.println();
                } else {
                    letter.write(out);
                }
                out.flush();
                return exit;
            }
            Explanation explanation = redact ? redacted(engine.explain(c, v)) : engine.explain(c, v);
            if (format == Format.json) {
                out.print(Output.PRETTY.writeValueAsString(explanation));
                out.println();
            } else {
                text(out, explanation, engine.rulesetVersion());
            }
            out.flush();
            return Rolefit.OK;
        }
    }

    /** The explanation without the facts the rules bound: rule names, order, category, points and reasons stay. */
    static Explanation redacted(Explanation e) {
        List<Explanation.Firing> firings = e.firings().stream()
                .map(f -> new Explanation.Firing(f.order(), f.rule(), f.category(), Map.of()))
                .toList();
        return new Explanation(e.match(), firings, e.categories(), e.formula(), e.notFired());
    }

    private static <T> T one(String spec, Class<T> type, String label) {
        String file = spec;
        String id = null;
        int hash = spec.lastIndexOf('#');
        if (hash > 0) {
            file = spec.substring(0, hash);
            id = spec.substring(hash + 1);
        }
        Documents.Batch<Object> batch = Documents.any(List.of(Path.of(file)));
        if (!batch.errors().isEmpty()) {
            throw new IllegalArgumentException(batch.errors().get(0).toString());
        }
        List<T> found = batch.records().stream().map(Documents.Sourced::record).filter(type::isInstance).map(type::cast)
                .filter(r -> spec.indexOf('#') < 0 || idOf(r).equals(spec.substring(spec.lastIndexOf('#') + 1)))
                .toList();
        if (found.size() != 1) {
            List<String> ids = batch.records().stream().map(r -> idOf(r.record())).toList();
            throw new IllegalArgumentException(file + " holds " + found.size() + " " + label + (found.size() == 1 ? "" : "s")
                    + (id == null ? "" : " with id '" + id + "'") + "; ids there: " + ids
                    + (found.size() > 1 ? "; pick one with " + file + "#ID" : ""));
        }
        return found.get(0);
    }

    private static String idOf(Object record) {
        return record instanceof Candidate c ? c.id() : record instanceof Vacancy v ? v.id() : "?";
    }

    private static void text(PrintWriter out, Explanation e, String version) {
        var m = e.match();
        out.println(m.candidateId() + " for " + m.vacancyId() + ": " + m.score() + " " + m.verdict()
                + " (reverse " + m.reverseScore() + ")   rules " + version.substring(0, Math.min(19, version.length())) + "…");
        out.println();
        out.println("Rules that fired, in order:");
        for (Explanation.Firing f : e.firings()) {
            out.println(String.format("  %3d. %s%s", f.order(), f.rule(), f.category() == null ? "" : "  [" + f.category() + "]"));
            for (Reason r : reasonsOf(m, f.rule())) {
                out.println("         " + (r.knockout() ? "KNOCKOUT " : String.format("%+.1f points  ", r.points())) + r.message());
            }
            if (!f.facts().isEmpty()) {
                StringBuilder facts = new StringBuilder();
                for (Map.Entry<String, String> fact : f.facts().entrySet()) {
                    facts.append(facts.length() == 0 ? "" : ", ").append(fact.getKey()).append(" = ").append(shorten(fact.getValue()));
                }
                out.println("         facts: " + facts);
            }
        }
        out.println();
        out.println("Categories:");
        for (Explanation.CategorySum c : e.categories()) {
            out.println(String.format("  %-11s weight %4s   %6.2f of %6.2f points   score %.3f", c.category(),
                    dev.rolefit.engine.facts.Phrases.number(c.weight()), c.earned(), c.possible(), c.score()));
        }
        out.println();
        out.println(e.formula());
        if (!e.notFired().isEmpty()) {
            out.println();
            out.println("Rules that did not fire, by category:");
            e.notFired().forEach((category, rules) -> out.println("  " + category + ": " + String.join("; ", rules)));
        }
        if (!m.reverseReasons().isEmpty()) {
            out.println();
            out.println("Reverse fit (" + m.reverseScore() + "):");
            for (Reason r : m.reverseReasons()) {
                out.println(String.format("  %+6.1f  %s", r.points(), r.message()));
            }
        }
    }

    private static List<Reason> reasonsOf(dev.rolefit.model.Match m, String rule) {
        return m.reasons().stream().filter(r -> r.rule().equals(rule)).toList();
    }

    private static String shorten(String value) {
        return value.length() > 90 ? value.substring(0, 87) + "…" : value;
    }
}
