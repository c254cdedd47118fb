package dev.rolefit.cli;

import dev.rolefit.engine.AuditLog;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code rolefit audit}: what an employer needs to account for the matching: a bias report (NYC Local
 * Law 144), the decision log read back (EU AI Act Art. 12), human overrides recorded in it (Art. 14),
 * and the knockout funnel.
 */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        versionProvider = Rolefit.Version.class,
        description = "Audits the matching: bias (impact ratios per sex and race/ethnicity), the decision log "
                + "that rolefit match --audit-log writes, human overrides of its decisions, and the knockout funnel.",
        subcommands = {AuditCommand.Bias.class, AuditCommand.Show.class, AuditCommand.RecordOverride.class,
                AuditCommand.FunnelReport.class})
final class AuditCommand implements Callable<Integer> {
    /** Output formats of the audit reports. */
    enum Format { text, json, csv }

    /** Output formats of {@code audit show}. */
    enum ShowFormat { text, json }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("rolefit audit: say bias, show, override or funnel");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Rolefit.USAGE;
    }

    private static Integer top(CommandSpec spec, Integer top) {
        if (top != null && top < 1) {
            throw new ParameterException(spec.commandLine(), "--top is " + top + "; it must be at least 1");
        }
        return top;
    }

    /** The overrides of a decision log, or null when none is given; the log's bad lines go to {@code errors}. */
    private static Review review(java.nio.file.Path log, List<InputError> errors) throws IOException {
        if (log == null) {
            return null;
        }
        AuditLog.Contents contents = DecisionLog.read(log);
        errors.addAll(contents.errors());
        return Review.of(contents, log.toString());
    }

    private static final String OVERRIDES = "A decision log (rolefit match --audit-log) with human overrides "
            + "(rolefit audit override): the report adds the outcome after human review.";

    private static int done(List<InputError> errors, CommandSpec spec) {
        Output.report(errors, spec.commandLine().getErr());
        return errors.isEmpty() ? Rolefit.OK : Rolefit.INVALID_INPUT;
    }

    /** {@code rolefit audit bias}. */
    @Command(name = "bias",
            mixinStandardHelpOptions = true,
            versionProvider = Rolefit.Version.class,
            sortOptions = false,
            description = {
                    "The bias audit of NYC Local Law 144 (DCWP rules, 6 RCNY 5-301) for a batch of matches: per sex, "
                            + "race/ethnicity and sex × race/ethnicity category, the selection rate and its impact "
                            + "ratio, and the scoring rate (share scoring above the median of the whole sample) and "
                            + "its impact ratio. Ratios below 0.80 (the four-fifths rule) are flagged; categories under "
                            + "2%% of the sample are marked as excludable; unknowns are counted apart and left out of "
                            + "the ratios.",
                    "Per vacancy, each candidate scored for it counts once; overall, each candidate counts once "
                            + "(selected when selected for any vacancy, scored by their highest score).",
                    "The demographics never reach the rules: only this command reads them."},
            footerHeading = "%nExample:%n",
            footer = {
                    "  rolefit match --candidates cv/ --vacancies jobs/ --mode exhaustive \\",
                    "      --include-rejected --format json --out matches.json",
                    "  rolefit audit bias --matches matches.json --demographics demographics.csv --format csv"})
    static final class Bias implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--matches", paramLabel = "FILE", required = true,
                description = "The output of rolefit match --format json (best with --include-rejected and "
                        + "--mode exhaustive, so that every pair is there).")
        Path matches;

        @Option(names = "--demographics", paramLabel = "FILE", required = true,
                description = "A CSV with the header candidateId,sex,raceEthnicity; an empty cell is unknown.")
        Path demographics;

        @Option(names = "--top", paramLabel = "K",
                description = "Selected means ranked in the first K of the vacancy's list (and not REJECTED). "
                        + "Default: every pair not REJECTED is selected.")
        Integer top;

        @Option(names = "--overrides", paramLabel = "LOG", description = OVERRIDES)
        Path overrides;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
        Path out;

        @Override
        public Integer call() throws IOException {
            Integer k = top(spec, top);
            Output.checkTarget(out);
            List<InputError> errors = new ArrayList<>();
            MatchFile file = MatchFile.read(matches, errors);
            Demographics people = Demographics.read(demographics, errors);
            Review review = review(overrides, errors);
            BiasReport.Result report = BiasReport.of(file, demographics.toString(), people, k, review);
            Output.write(out, spec.commandLine().getOut(), w -> {
                switch (format) {
                    case text -> BiasReport.writeText(report, w);
                    case json -> BiasReport.writeJson(report, w);
                    case csv -> BiasReport.writeCsv(report, w);
                }
            });
            return done(errors, spec);
        }
    }

    /** {@code rolefit audit show}. */
    @Command(name = "show",
            mixinStandardHelpOptions = true,
            versionProvider = Rolefit.Version.class,
            sortOptions = false,
            description = "Reads back the decision log that rolefit match --audit-log FILE appends to: per decision "
                    + "the time, rule-set and taxonomy versions, the input documents' SHA-256, score, verdict, "
                    + "knockout and every reason, and under it the human overrides of it and the verdict after review.",
            footerHeading = "%nExample:%n",
            footer = "  rolefit audit show decisions.jsonl --candidate cand-007 --vacancy vac-002")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The decision log.")
        Path file;

        @Option(names = "--candidate", paramLabel = "ID", description = "Only this candidate's decisions.")
        String candidate;

        @Option(names = "--vacancy", paramLabel = "ID", description = "Only the decisions about this vacancy.")
        String vacancy;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
        ShowFormat format;

        @Override
        public Integer call() throws IOException {
            AuditLog.Contents log = DecisionLog.read(file);
            List<InputError> errors = new ArrayList<>(log.errors());
            List<AuditLog.Logged> all = log.decisions();
            List<AuditLog.Logged> shown = all.stream()
                    .filter(e -> candidate == null || candidate.equals(e.decision().candidateId()))
                    .filter(e -> vacancy == null || vacancy.equals(e.decision().vacancyId()))
                    .toList();
            Output.write(null, spec.commandLine().getOut(), w -> {
                switch (format) {
                    case text -> DecisionLog.writeText(shown, all.size(), w);
                    case json -> DecisionLog.writeJson(shown, w);
                }
            });
            return done(errors, spec);
        }
    }

    /** {@code rolefit audit override}: a person's decision recorded beside the rules' (EU AI Act Art. 14). */
    @Command(name = "override",
            mixinStandardHelpOptions = true,
            versionProvider = Rolefit.Version.class,
            sortOptions = false,
            description = {
                    "Records a person's override of an automated decision in the decision log: the new verdict, why, "
                            + "and who decided. It names the latest decision logged for the pair (its line and the "
                            + "SHA-256 of that line) and is appended after it; audit show lists it under the decision, "
                            + "and audit funnel and audit bias --overrides report the outcome after human review.",
                    "The override reaches no rule and changes no score. The reason must not hold personal data of "
                            + "the candidate (an email address is refused). The name given with --by is personal data "
                            + "of the recruiter, kept because accountability needs it."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:recorded", "2:usage error, or no decision for the pair in the log (nothing recorded)"},
            footerHeading = "%nExample:%n",
            footer = {
                    "  rolefit audit override --log decisions.jsonl --candidate cand-007 --vacancy vac-002 \\",
                    "      --verdict GOOD --reason \"Terraform certificate seen in the interview\" --by j.smit"})
    static final class RecordOverride implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--log", paramLabel = "FILE", required = true,
                description = "The decision log that rolefit match --audit-log wrote.")
        Path log;

        @Option(names = "--candidate", paramLabel = "ID", required = true, description = "The candidate's id.")
        String candidate;

        @Option(names = "--vacancy", paramLabel = "ID", required = true, description = "The vacancy's id.")
        String vacancy;

        @Option(names = "--verdict", paramLabel = "VERDICT", required = true,
                description = "The verdict after review: ${COMPLETION-CANDIDATES}.")
        Verdict verdict;

        @Option(names = "--reason", paramLabel = "TEXT", required = true,
                description = "Why, in words a reviewer can check later. No personal data of the candidate.")
        String reason;

        @Option(names = "--by", paramLabel = "NAME", required = true,
                description = "Who decides (a name or staff id), for accountability.")
        String by;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "${COMPLETION-CANDIDATES}: what to print of the recorded override. Default: ${DEFAULT-VALUE}.")
        ShowFormat format;

        @Override
        public Integer call() throws IOException {
            AuditLog.HumanOverride o;
            try {
                o = AuditLog.open(log).override(candidate, vacancy, verdict, reason, by);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new UsageError("--log: '" + log + "' is not a file; a decision log is written by rolefit match "
                        + "--audit-log");
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            Output.write(null, spec.commandLine().getOut(), w -> {
                switch (format) {
                    case text -> w.write("recorded: " + Output.printable(o.candidateId()) + " for "
                            + Output.printable(o.vacancyId()) + ": " + o.automatedVerdict() + " -> " + o.verdict()
                            + " by " + Output.printable(o.by()) + " (overrides the decision on line " + o.decisionLine()
                            + " of " + log + ", " + o.decisionTimestamp() + ")\n");
                    case json -> {
                        Output.PRETTY.writeValue(w, o);
                        w.write("\n");
                    }
                }
            });
            return Rolefit.OK;
        }
    }

    /** {@code rolefit audit funnel}. */
    @Command(name = "funnel",
            mixinStandardHelpOptions = true,
            versionProvider = Rolefit.Version.class,
            sortOptions = false,
            description = {
                    "The knockout funnel of a batch of matches: per vacancy and overall, how many candidates each "
                            + "knockout rule removed (a pair several knockouts rejected counts for each rule, and "
                            + "once in \"removed by any knockout\"), and the selection rate at each stage: scored, "
                            + "passed every knockout and, with --top, in the top K.",
                    "Needs the rejected pairs: write the match file with --include-rejected."},
            footerHeading = "%nExample:%n",
            footer = {
                    "  rolefit match --candidates cv/ --vacancies jobs/ --include-rejected \\",
                    "      --format json --out matches.json",
                    "  rolefit audit funnel --matches matches.json"})
    static final class FunnelReport implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--matches", paramLabel = "FILE", required = true,
                description = "The output of rolefit match --format json --include-rejected.")
        Path matches;

        @Option(names = "--top", paramLabel = "K",
                description = "Add a stage: ranked in the first K of the vacancy's list (and not REJECTED).")
        Integer top;

        @Option(names = "--overrides", paramLabel = "LOG", description = OVERRIDES)
        Path overrides;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
        Path out;

        @Override
        public Integer call() throws IOException {
            Integer k = top(spec, top);
            Output.checkTarget(out);
            List<InputError> errors = new ArrayList<>();
            MatchFile file = MatchFile.read(matches, errors);
            Funnel.Result report = Funnel.of(file, k, review(overrides, errors));
            Output.write(out, spec.commandLine().getOut(), w -> {
                switch (format) {
                    case text -> Funnel.writeText(report, w);
                    case json -> Funnel.writeJson(report, w);
                    case csv -> Funnel.writeCsv(report, w);
                }
            });
            return done(errors, spec);
        }
    }
}
